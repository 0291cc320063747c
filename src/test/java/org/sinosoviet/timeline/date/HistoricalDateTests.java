package org.sinosoviet.timeline.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HistoricalDateTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1950-02-14            | 1950-02-14 | 1950-02-14 | DAY   | 14 February 1950
			1958-07               | 1958-07-01 | 1958-07-31 | MONTH | July 1958
			1956-02               | 1956-02-01 | 1956-02-29 | MONTH | February 1956
			1958                  | 1958-01-01 | 1958-12-31 | YEAR  | 1958
			1958~                 | 1958-01-01 | 1958-12-31 | YEAR  | c. 1958
			1959-06?              | 1959-06-01 | 1959-06-30 | MONTH | June 1959?
			1958%                 | 1958-01-01 | 1958-12-31 | YEAR  | c. 1958?
			1969-03-02~           | 1969-03-02 | 1969-03-02 | DAY   | c. 2 March 1969
			1950/1953             | 1950-01-01 | 1953-12-31 | YEAR  | 1950–1953
			1950-10-19/1953-07-27 | 1950-10-19 | 1953-07-27 | DAY   | 19 October 1950 – 27 July 1953
			1969-03-02/1969-03-15 | 1969-03-02 | 1969-03-15 | DAY   | 2–15 March 1969
			1958-07-31/1958-08-03 | 1958-07-31 | 1958-08-03 | DAY   | 31 July – 3 August 1958
			1969-03/1969-04       | 1969-03-01 | 1969-04-30 | MONTH | March–April 1969
			1949-12/1950-02-14    | 1949-12-01 | 1950-02-14 | MONTH | December 1949 – 14 February 1950
			1954~/1955            | 1954-01-01 | 1955-12-31 | YEAR  | c. 1954–1955
			""")
	void parsesEverySupportedForm(String text, LocalDate earliest, LocalDate latest, DatePrecision precision,
			String display) {
		HistoricalDate date = HistoricalDate.parse(text);
		assertThat(date.edtf()).isEqualTo(text);
		assertThat(date.earliest()).isEqualTo(earliest);
		assertThat(date.latest()).isEqualTo(latest);
		assertThat(date.precision()).isEqualTo(precision);
		assertThat(date.display()).isEqualTo(display);
	}

	@Test
	void knowsItsQualifiers() {
		assertThat(HistoricalDate.parse("1958~").isApproximate()).isTrue();
		assertThat(HistoricalDate.parse("1958~").isUncertain()).isFalse();
		assertThat(HistoricalDate.parse("1958?").isUncertain()).isTrue();
		assertThat(HistoricalDate.parse("1958%").isApproximate()).isTrue();
		assertThat(HistoricalDate.parse("1958%").isUncertain()).isTrue();
		assertThat(HistoricalDate.parse("1958").isInterval()).isFalse();
		assertThat(HistoricalDate.parse("1950/1953").isInterval()).isTrue();
	}

	@Test
	void yearOverlapsARangeStartingInsideIt() {
		HistoricalDate year = HistoricalDate.parse("1958");
		assertThat(year.overlaps(LocalDate.of(1958, 8, 1), null)).isTrue();
		assertThat(year.overlaps(null, LocalDate.of(1958, 1, 1))).isTrue();
		assertThat(year.overlaps(LocalDate.of(1959, 1, 1), null)).isFalse();
		assertThat(year.overlaps(null, LocalDate.of(1957, 12, 31))).isFalse();
		assertThat(year.overlaps(null, null)).isTrue();
	}

	@Test
	void sortsByEarliestThenLatestDay() {
		List<HistoricalDate> dates = new ArrayList<>(List.of("1959", "1958-08-23", "1958", "1958-08", "1957/1960")
			.stream()
			.map(HistoricalDate::parse)
			.toList());
		Collections.shuffle(dates);
		Collections.sort(dates);
		assertThat(dates).map(HistoricalDate::edtf)
			.containsExactly("1957/1960", "1958", "1958-08", "1958-08-23", "1959");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			58                    | a year has four digits
			1958-8                | months and days have two digits
			1958-08-3             | months and days have two digits
			23/08/1958            | an interval has exactly one
			23.08.1958            | write the year first
			1958-13               | month 13 does not exist
			1958-02-29            | day 29 does not exist in 1958-02
			1958-04-31            | day 31 does not exist in 1958-04
			1953/1950             | the interval ends before it starts
			1958/1958             | both ends of the interval are the same
			1958/..               | open or unknown ends
			/1958                 | open or unknown ends
			195X                  | unspecified digits
			1958-08-23T10:00      | it is not a year, month or day
			August 1958           | it is not a year, month or day
			1958??                | it is not a year, month or day
			""")
	void rejectsMalformedInputWithAClearMessage(String text, String message) {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> HistoricalDate.parse(text))
			.withMessageContaining("'" + text + "' is not a valid date")
			.withMessageContaining(message)
			.withMessageContaining("accepted forms are");
	}

	@Test
	void rejectsEmptyAndPaddedText() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> HistoricalDate.parse(""))
			.withMessageContaining("it is empty");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> HistoricalDate.parse(" 1958"))
			.withMessageContaining("remove the spaces");
	}

	@Test
	void equalDatesHaveTheSameText() {
		assertThat(HistoricalDate.parse("1958")).isEqualTo(HistoricalDate.parse("1958"))
			.hasSameHashCodeAs(HistoricalDate.parse("1958"))
			.isNotEqualTo(HistoricalDate.parse("1958~"));
	}

}
