package org.sinosoviet.timeline.study;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.web.InvalidParameterException;

/**
 * A study set and the student's place in it: the seed (or none yet), the filter, the
 * question number and the score carried so far.
 *
 * @param seed the seed, or {@code null} when a fresh one is to be chosen
 * @param filter the timeline filter the questions are drawn from
 * @param number the question's number, from 1
 * @param right how many questions were answered right before this one
 */
record Selection(Long seed, TimelineFilter filter, int number, int right) {

	/** The largest seed: nine digits keep a shared address short. */
	static final long MAX_SEED = 999_999_999L;

	static Selection parse(String seed, String period, List<String> theme, String importance, String n, String right) {
		TimelineFilter filter = TimelineFilter.parse(period, theme, null, null, null, null, null, null, null, null,
				importance, null);
		int number = whole("n", n, 1, Exercises.SET_SIZE, 1, "a question number from 1 to " + Exercises.SET_SIZE);
		int score = whole("right", right, 0, number - 1, 0, "a whole number from 0 to " + (number - 1)
				+ ": the questions answered right before question " + number);
		Long parsed = (seed == null || seed.isBlank()) ? null
				: (long) whole("seed", seed, 0, MAX_SEED, 0, "a whole number from 0 to " + MAX_SEED);
		return new Selection(parsed, filter, number, score);
	}

	private static long whole(String name, String value, long min, long max, long absent, String allowed) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		String text = value.strip();
		if (!text.matches("[0-9]{1,10}")) {
			throw new InvalidParameterException(name, value, allowed);
		}
		long number = Long.parseLong(text);
		if (number < min || number > max) {
			throw new InvalidParameterException(name, value, allowed);
		}
		return number;
	}

	private static int whole(String name, String value, int min, int max, int absent, String allowed) {
		return (int) whole(name, value, (long) min, (long) max, (long) absent, allowed);
	}

	/**
	 * The seed; a set needs one.
	 * @return the seed
	 * @throws InvalidParameterException if there is none
	 */
	long requireSeed() {
		if (this.seed == null) {
			throw new InvalidParameterException("seed", "",
					"a whole number from 0 to " + MAX_SEED + ": the seed of the set answered");
		}
		return this.seed;
	}

	/**
	 * The filters, as query parameters: period, theme and importance.
	 * @return the query, without '?' (empty for no filter)
	 */
	String filterQuery() {
		List<String> parts = new ArrayList<>();
		if (this.filter.period() != null) {
			parts.add("period=" + encode(this.filter.period()));
		}
		this.filter.themes().forEach((theme) -> parts.add("theme=" + encode(theme)));
		if (this.filter.importance() != null) {
			parts.add("importance=" + this.filter.importance());
		}
		return String.join("&", parts);
	}

	/**
	 * The address of a question of this set.
	 * @param path the exercise's path
	 * @param number the question's number
	 * @param score the questions answered right before it
	 * @return the path and query
	 */
	String question(String path, int number, int score) {
		String filters = filterQuery();
		return path + "?seed=" + this.seed + (filters.isEmpty() ? "" : "&" + filters)
				+ ((number > 1) ? "&n=" + number + "&right=" + score : "");
	}

	/**
	 * The address of this exercise with a new seed: the redirect to a fresh one.
	 * @param path the exercise's path
	 * @return the path and query
	 */
	String fresh(String path) {
		String filters = filterQuery();
		return path + (filters.isEmpty() ? "" : "?" + filters);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
