package org.sinosoviet.timeline.taxonomy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every scheme on one axis: a band starts where its first day falls, whatever its row.
 */
class PeriodBandsTests {

	static final PeriodView ALLIANCE = period("alliance", "default", "Forging the alliance", 1949, 1953);

	static final PeriodView SPLIT = period("split", "default", "The open split", 1960, 1966);

	static final PeriodView EARLY = period("cards-early", "cards", "Initial cooperation", 1947, 1953);

	static final List<SchemeView> SCHEMES = List.of(
			new SchemeView("default", "Timeline periods", "Ours.", true, List.of(), List.of(ALLIANCE, SPLIT)),
			new SchemeView("cards", "The cards' periods", "Theirs.", false, List.of(), List.of(EARLY)));

	@Test
	void drawsEverySchemeOnOneAxisFromTheEarliestYear() {
		PeriodBands bands = PeriodBands.of(SCHEMES);
		assertThat(bands.rows()).extracting(PeriodBands.Row::id).containsExactly("default", "cards");
		assertThat(bands.ticks().get(0).year()).as("the axis starts with the earliest period").isEqualTo(1947);
		assertThat(bands.ticks().get(bands.ticks().size() - 1).year()).isEqualTo(1967);
		assertThat(bands.ticks().get(0).anchor()).as("the first year's label starts at the edge").isEqualTo("start");
		assertThat(bands.ticks().get(5).anchor()).isEqualTo("middle");
		PeriodBands.Band early = bands.rows().get(1).bands().get(0);
		PeriodBands.Band alliance = bands.rows().get(0).bands().get(0);
		assertThat(Double.parseDouble(early.x())).isZero();
		assertThat(x(bands, 1949)).isCloseTo(Double.parseDouble(alliance.x()), within(0.1));
		assertThat(Double.parseDouble(alliance.x()) + Double.parseDouble(alliance.width())).as("both 1953 ends line up")
			.isCloseTo(Double.parseDouble(early.x()) + Double.parseDouble(early.width()), within(0.1));
		assertThat(alliance.href()).isEqualTo("/periods/alliance");
		assertThat(alliance.label()).isEqualTo("Forging the alliance, 1949 – 1953 (Timeline periods)");
		assertThat(Double.parseDouble(bands.rows().get(1).bandY()))
			.isGreaterThan(Double.parseDouble(bands.rows().get(0).bandY()) + PeriodBands.BAND);
	}

	@Test
	void labelsOnlyBandsTheTitleFitsIn() {
		assertThat(PeriodBands.fit("Forging the alliance", 300)).isEqualTo("Forging the alliance");
		assertThat(PeriodBands.fit("Forging the alliance", 80)).isNull();
	}

	private static double x(PeriodBands bands, int year) {
		return bands.ticks()
			.stream()
			.filter((tick) -> tick.year() == year)
			.map((tick) -> Double.parseDouble(tick.x()))
			.findFirst()
			.orElseThrow();
	}

	static PeriodView period(String id, String scheme, String title, int from, int to) {
		return new PeriodView(id, scheme, title, String.valueOf(from), String.valueOf(to), LocalDate.of(from, 1, 1),
				LocalDate.of(to, 12, 31), from + " – " + to, "Why.", List.of(), 1);
	}

}
