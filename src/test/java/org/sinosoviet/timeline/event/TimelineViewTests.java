package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.SchemeView;
import org.sinosoviet.timeline.taxonomy.ThemeView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The overview's labels: turning points labelled in lanes above the marks without
 * overlapping, and more events labelled when zoomed in.
 */
class TimelineViewTests {

	static final SchemeView SCHEME = new SchemeView("default", "Periods", "Why.", true, List.of(),
			List.of(new PeriodView("all", "default", "All of it", "1949", "1976", LocalDate.of(1949, 1, 1),
					LocalDate.of(1976, 12, 31), "1949 – 1976", "Why.", List.of(), 0)));

	static final Map<String, ThemeView> THEMES = new LinkedHashMap<>();

	/** The list's entries are not under test here. */
	static final Function<TimelineView.Item, String> NO_HTML = (item) -> "";

	@Test
	void labelsTheTurningPointsWithoutOverlapAboveTheMarks() {
		List<EventSummary> events = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			LocalDate day = LocalDate.of(1950, 1, 1).plusDays(i * 60L);
			events.add(event("e" + i, "A rather long title for event number " + i, day, (i % 2 == 0) ? 1 : 3));
		}
		TimelineView view = TimelineView.of(events, SCHEME, THEMES, NO_HTML);
		List<TimelineView.Mark> labelled = view.overview()
			.marks()
			.stream()
			.filter((mark) -> mark.text() != null)
			.toList();
		assertThat(labelled).as("some turning points are labelled").isNotEmpty();
		assertThat(labelled).allSatisfy((mark) -> assertThat(mark.id()).matches("e\\d*[02468]"));
		for (int i = 0; i < labelled.size(); i++) {
			TimelineView.Label a = labelled.get(i).text();
			assertThat(a.text()).hasSizeLessThanOrEqualTo(TimelineView.LABEL_LENGTH);
			assertThat(a.leaderBottom()).as("the leader reaches down to the mark").isGreaterThan(a.leaderTop());
			assertThat(a.x() + width(a)).isLessThanOrEqualTo(TimelineView.WIDTH);
			for (int j = i + 1; j < labelled.size(); j++) {
				TimelineView.Label b = labelled.get(j).text();
				boolean sameLane = a.y() == b.y();
				boolean apart = a.x() + width(a) <= b.x() || b.x() + width(b) <= a.x();
				assertThat(!sameLane || apart).as("%s and %s", a.text(), b.text()).isTrue();
			}
			double topOfMarks = labelled.get(i).y() - 6;
			assertThat(a.y()).as("labels are above the marks").isLessThan(topOfMarks);
		}
	}

	@Test
	void zoomedOverviewSpansItsYearsAndLabelsSignificantEventsToo() {
		List<EventSummary> events = List.of(event("key", "Key", LocalDate.of(1962, 3, 1), 1),
				event("significant", "Significant", LocalDate.of(1963, 6, 1), 2),
				event("detail", "Detail", LocalDate.of(1964, 9, 1), 3));
		TimelineView whole = TimelineView.of(events, SCHEME, THEMES, NO_HTML);
		assertThat(whole.overview().zoomed()).isFalse();
		assertThat(labelled(whole)).containsExactly("key");
		TimelineView zoomed = TimelineView.of(events, SCHEME, THEMES, NO_HTML, LocalDate.of(1960, 1, 1),
				LocalDate.of(1967, 1, 1));
		assertThat(zoomed.overview().zoomed()).isTrue();
		assertThat(zoomed.overview().span()).isEqualTo("1960–1966");
		assertThat(labelled(zoomed)).containsExactly("key", "significant");
		assertThat(zoomed.overview().ticks()).extracting(TimelineView.Tick::year).startsWith(1960).endsWith(1967);
		assertThat(zoomed.overview().ticks()).allSatisfy((tick) -> assertThat(tick.labelled()).isTrue());
		double expected = 1000.0 * ChronoUnit.DAYS.between(LocalDate.of(1960, 1, 1), LocalDate.of(1962, 3, 1))
				/ ChronoUnit.DAYS.between(LocalDate.of(1960, 1, 1), LocalDate.of(1967, 1, 1));
		assertThat(zoomed.overview().marks().get(0).x()).as("1 March 1962 on a 1960–1966 axis")
			.isCloseTo(expected, within(0.1));
		assertThat(zoomed.overview().bands()).singleElement()
			.satisfies((band) -> assertThat(band.width()).isEqualTo(TimelineView.WIDTH));
	}

	@Test
	void shortensLongTitlesAtAWord() {
		assertThat(TimelineView.shorten("Treaty signed")).isEqualTo("Treaty signed");
		assertThat(TimelineView.shorten("Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance"))
			.isEqualTo("Sino-Soviet Treaty of");
		assertThat(TimelineView.shorten("Mao and Khrushchev meet, Beijing; the communiqué follows"))
			.as("no trailing punctuation")
			.isEqualTo("Mao and Khrushchev meet");
	}

	private static List<String> labelled(TimelineView view) {
		return view.overview()
			.marks()
			.stream()
			.filter((mark) -> mark.text() != null)
			.map(TimelineView.Mark::id)
			.toList();
	}

	private static double width(TimelineView.Label label) {
		return label.text().length() * TimelineView.LABEL_CHARACTER;
	}

	static EventSummary event(String id, String title, LocalDate day, int importance) {
		return new EventSummary(id, title, day.toString(), day, day, "day", day.toString(), "all", List.of(), "", false,
				"/events/" + id, importance);
	}

}
