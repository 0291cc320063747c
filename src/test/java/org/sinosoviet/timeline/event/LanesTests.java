package org.sinosoviet.timeline.event;

import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.web.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code lanes} parameter: one band unless it asks for lanes by theme, and a 400 that
 * names it and its values for anything else.
 */
class LanesTests {

	@Test
	void missingOrBlankIsOneBand() {
		assertThat(new OverviewParameters(null).arrangement()).isEqualTo(Lanes.ONE);
		assertThat(new OverviewParameters(" ").arrangement()).isEqualTo(Lanes.ONE);
		assertThat(new OverviewParameters("one").arrangement()).isEqualTo(Lanes.ONE);
	}

	@Test
	void themeIsLanesByTheme() {
		assertThat(new OverviewParameters("theme").arrangement()).isEqualTo(Lanes.THEME);
		assertThat(new OverviewParameters(" theme ").arrangement()).isEqualTo(Lanes.THEME);
	}

	@Test
	void rejectsAnyOtherValueNamingTheParameterAndItsValues() {
		for (String value : new String[] { "themes", "Theme", "true", "1", "actor", "theme,one" }) {
			InvalidParameterException ex = catchThrowableOfType(InvalidParameterException.class,
					() -> new OverviewParameters(value).arrangement());
			assertThat(ex).as(value).isNotNull();
			assertThat(ex.getParameter()).isEqualTo("lanes");
			assertThat(ex.getValue()).isEqualTo(value);
			assertThat(ex.getValidValues()).containsExactly("one", "theme");
			assertThat(ex.getAllowed()).contains("one", "theme");
		}
	}

	@Test
	void echoesAtMostFortyCharactersOfALongValueAndSplitsNoCharacter() {
		String value = "😀".repeat(100);
		InvalidParameterException ex = catchThrowableOfType(InvalidParameterException.class, () -> Lanes.parse(value));
		assertThat(ex.getValue()).isEqualTo("😀".repeat(40) + "…");
	}

}
