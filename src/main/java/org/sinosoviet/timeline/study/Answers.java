package org.sinosoviet.timeline.study;

import java.util.List;
import java.util.Objects;

import org.sinosoviet.timeline.web.InvalidParameterException;

/**
 * The answers the study forms send, bound by name from the query string and checked here:
 * a value no form could send is a 400 that names it; a wrong answer is only wrong.
 */
final class Answers {

	private Answers() {
	}

	/**
	 * An ordering, earliest first.
	 *
	 * @param order the event ids, in the order the student put them
	 */
	record OrderAnswer(List<String> order) {

		List<String> ids(List<String> allowed) {
			List<String> ids = (this.order == null) ? List.of()
					: this.order.stream().filter(Objects::nonNull).map(String::strip).toList();
			String expected = "the ids of this question's " + allowed.size() + " events, earliest first";
			if (ids.size() != allowed.size()) {
				throw new InvalidParameterException("order", String.join(",", ids), expected, allowed);
			}
			ids.stream().filter((id) -> !allowed.contains(id)).findFirst().ifPresent((id) -> {
				throw new InvalidParameterException("order", id, expected, allowed);
			});
			return ids;
		}

	}

	/**
	 * A year, and perhaps a month.
	 *
	 * @param year the year, four digits
	 * @param month the month, 1 to 12, or blank
	 */
	record WhenAnswer(String year, String month) {

		int yearValue() {
			String text = (this.year != null) ? this.year.strip() : "";
			if (!text.matches("[0-9]{4}")) {
				throw new InvalidParameterException("year", String.valueOf(this.year),
						"a year, four digits, such as 1960");
			}
			return Integer.parseInt(text);
		}

		Integer monthValue() {
			if (this.month == null || this.month.isBlank()) {
				return null;
			}
			String text = this.month.strip();
			if (!text.matches("0?[1-9]|1[0-2]")) {
				throw new InvalidParameterException("month", this.month, "a month from 1 to 12, or none",
						List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"));
			}
			return Integer.valueOf(text);
		}

	}

	/**
	 * A judgement of a statement: one of its versions, or right or wrong where it has
	 * none.
	 *
	 * @param version the claim id of the version chosen as right
	 * @param judgement {@code right} or {@code wrong}
	 */
	record SpotAnswer(String version, String judgement) {

		String versionValue(List<String> allowed) {
			String text = (this.version != null) ? this.version.strip() : "";
			if (!allowed.contains(text)) {
				throw new InvalidParameterException("version", String.valueOf(this.version),
						"the id of one of this question's versions", allowed);
			}
			return text;
		}

		boolean saysRight() {
			String text = (this.judgement != null) ? this.judgement.strip() : "";
			if (!text.equals("right") && !text.equals("wrong")) {
				throw new InvalidParameterException("judgement", String.valueOf(this.judgement), "right or wrong",
						List.of("right", "wrong"));
			}
			return text.equals("right");
		}

	}

	/**
	 * The source chosen.
	 *
	 * @param pick its id
	 */
	record SourceAnswer(String pick) {

		String pickValue(List<String> allowed) {
			String text = (this.pick != null) ? this.pick.strip() : "";
			if (!allowed.contains(text)) {
				throw new InvalidParameterException("pick", String.valueOf(this.pick),
						"the id of one of this question's sources", allowed);
			}
			return text;
		}

	}

}
