package org.sinosoviet.timeline.study;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import org.sinosoviet.timeline.study.StudyViews.Judgement;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;

/**
 * Judges an answer to "when was it?" against the event's EDTF bounds, its earliest and
 * latest possible days, and says how precisely the date is known.
 */
final class DateJudge {

	private DateJudge() {
	}

	/**
	 * Judge a year, and perhaps a month.
	 * @param question the question
	 * @param year the year answered
	 * @param month the month answered (1 to 12), or {@code null}
	 * @return the verdict, with feedback
	 */
	static Judgement judge(WhenQuestion question, int year, Integer month) {
		int first = question.start().getYear();
		int last = question.end().getYear();
		String precision = precision(question);
		String date = question.displayDate();
		if (year < first || year > last) {
			int off = (year < first) ? first - year : year - last;
			String way = (year < first) ? "early" : "late";
			return new Judgement("wrong", "Not quite: " + (question.interval() ? "it ran " : "it was ") + date + ".",
					"You said " + year + ": " + off + ((off == 1) ? " year " : " years ") + way + ".", precision);
		}
		if (month == null) {
			if (question.interval()) {
				return new Judgement("right", "Right: " + year + " falls within " + date + ".",
						"It was a span: any year inside it counts.", precision);
			}
			if (question.asksMonth()) {
				return new Judgement("right",
						"Right year; the month was " + monthName(question.start().getMonthValue()) + ".",
						"The date is " + date + ".", precision);
			}
			return new Judgement("right", "Right: " + date + ".", "", precision);
		}
		if (!question.asksMonth()) {
			return new Judgement("right", "Right year: " + date + ".",
					"The month cannot be checked: the data knows this date only to the year.", precision);
		}
		YearMonth answered = YearMonth.of(year, month);
		if (answered.isBefore(YearMonth.from(question.start())) || answered.isAfter(YearMonth.from(question.end()))) {
			return new Judgement("partly", "Right year, but not " + monthName(month) + ": "
					+ (question.interval() ? "it ran " : "it was ") + date + ".", "", precision);
		}
		return new Judgement(
				"right", "Right: "
						+ (question.interval() ? monthName(month) + " " + year + " falls within " + date : date) + ".",
				question.interval() ? "It was a span: any month inside it counts." : "", precision);
	}

	/** How precisely the data knows the date, in words. */
	static String precision(WhenQuestion question) {
		StringBuilder text = new StringBuilder();
		if (question.interval()) {
			text.append("A span (")
				.append(question.displayDate())
				.append("), its ends known to the ")
				.append(question.precision())
				.append(": any day from the first to the last counts.");
		}
		else {
			text.append(switch (question.precision()) {
				case "day" -> "Known to the day.";
				case "month" -> "Known to the month, not the day.";
				default -> "Known only to the year.";
			});
		}
		if (question.approximate()) {
			text.append(" The date is approximate (")
				.append(question.date())
				.append("): the sources give it only roughly.");
		}
		if (question.uncertain()) {
			text.append(" The date is uncertain (")
				.append(question.date())
				.append("): the sources are not sure of it.");
		}
		return text.toString();
	}

	static String monthName(int month) {
		return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

}
