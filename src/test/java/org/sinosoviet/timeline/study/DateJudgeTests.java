package org.sinosoviet.timeline.study;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.study.StudyViews.Judgement;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sinosoviet.timeline.study.StudyFixtures.event;

/**
 * "When was it?" is judged against the event's EDTF bounds, at each precision, and the
 * feedback says how precisely the date is known.
 */
class DateJudgeTests {

	private static WhenQuestion question(String edtf) {
		List<WhenQuestion> questions = Exercises.when(List.of(event("e", edtf)), 1, "");
		assertThat(questions).hasSize(1);
		return questions.get(0);
	}

	@Test
	void aYearOnlyEventAcceptsItsYearAndSaysItIsKnownOnlyToTheYear() {
		WhenQuestion question = question("1958");
		assertThat(question.asksMonth()).isFalse();
		Judgement judgement = DateJudge.judge(question, 1958, null);
		assertThat(judgement.result()).isEqualTo("right");
		assertThat(judgement.precision()).isEqualTo("Known only to the year.");
		assertThat(DateJudge.judge(question, 1959, null).result()).isEqualTo("wrong");
		assertThat(DateJudge.judge(question, 1959, null).detail()).isEqualTo("You said 1959: 1 year late.");
		assertThat(DateJudge.judge(question, 1955, null).detail()).isEqualTo("You said 1955: 3 years early.");
	}

	@Test
	void aMonthGivenForAYearOnlyEventCannotBeCheckedAndSaysSo() {
		Judgement judgement = DateJudge.judge(question("1958"), 1958, 3);
		assertThat(judgement.result()).isEqualTo("right");
		assertThat(judgement.detail()).contains("only to the year");
	}

	@Test
	void aMonthPreciseEventAcceptsTheYearAndNamesTheMonth() {
		WhenQuestion question = question("1958-08");
		assertThat(question.asksMonth()).isTrue();
		Judgement year = DateJudge.judge(question, 1958, null);
		assertThat(year.result()).isEqualTo("right");
		assertThat(year.headline()).isEqualTo("Right year; the month was August.");
		assertThat(year.precision()).isEqualTo("Known to the month, not the day.");
		assertThat(DateJudge.judge(question, 1958, 8).result()).isEqualTo("right");
		Judgement month = DateJudge.judge(question, 1958, 7);
		assertThat(month.result()).isEqualTo("partly");
		assertThat(month.headline()).isEqualTo("Right year, but not July: it was August 1958.");
	}

	@Test
	void aDayPreciseEventIsJudgedToTheMonthAndSaysItIsKnownToTheDay() {
		WhenQuestion question = question("1969-03-02");
		assertThat(DateJudge.judge(question, 1969, 3).result()).isEqualTo("right");
		assertThat(DateJudge.judge(question, 1969, 3).headline()).isEqualTo("Right: 2 March 1969.");
		assertThat(DateJudge.judge(question, 1969, 4).result()).isEqualTo("partly");
		assertThat(DateJudge.judge(question, 1968, 3).result()).isEqualTo("wrong");
		assertThat(DateJudge.judge(question, 1969, null).precision()).isEqualTo("Known to the day.");
	}

	@Test
	void aSpanAcceptsAnyYearAndMonthInsideIt() {
		WhenQuestion question = question("1950-10-19/1953-07-27");
		assertThat(question.interval()).isTrue();
		for (int year = 1950; year <= 1953; year++) {
			assertThat(DateJudge.judge(question, year, null).result()).as("%d", year).isEqualTo("right");
		}
		assertThat(DateJudge.judge(question, 1949, null).result()).isEqualTo("wrong");
		assertThat(DateJudge.judge(question, 1954, null).headline())
			.isEqualTo("Not quite: it ran 19 October 1950 – 27 July 1953.");
		assertThat(DateJudge.judge(question, 1950, 11).result()).isEqualTo("right");
		assertThat(DateJudge.judge(question, 1950, 9).result()).as("before the first day's month").isEqualTo("partly");
		assertThat(DateJudge.judge(question, 1953, 8).result()).as("after the last day's month").isEqualTo("partly");
		assertThat(DateJudge.judge(question, 1952, null).precision())
			.startsWith("A span (19 October 1950 – 27 July 1953)");
	}

	@Test
	void aSpanOfYearsAsksNoMonth() {
		WhenQuestion question = question("1950/1953");
		assertThat(question.asksMonth()).isFalse();
		assertThat(DateJudge.judge(question, 1951, null).headline()).isEqualTo("Right: 1951 falls within 1950–1953.");
	}

	@Test
	void anApproximateDateIsJudgedByItsBoundsAndSaysItIsApproximate() {
		WhenQuestion question = question("1958~");
		assertThat(question.approximate()).isTrue();
		Judgement judgement = DateJudge.judge(question, 1958, null);
		assertThat(judgement.result()).isEqualTo("right");
		assertThat(judgement.precision()).contains("Known only to the year.").contains("approximate (1958~)");
		assertThat(DateJudge.judge(question, 1957, null).result()).isEqualTo("wrong");
	}

	@Test
	void anUncertainDateSaysItIsUncertain() {
		WhenQuestion question = question("1959-06?");
		assertThat(question.uncertain()).isTrue();
		assertThat(DateJudge.judge(question, 1959, 6).result()).isEqualTo("right");
		assertThat(DateJudge.judge(question, 1959, 6).precision()).contains("uncertain (1959-06?)")
			.doesNotContain("approximate");
	}

}
