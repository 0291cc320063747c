package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.sinosoviet.timeline.web.DayParameter;
import org.sinosoviet.timeline.web.InvalidParameterException;

/**
 * What the reader asked to see: the filters that pages and the API share, by the same
 * names. Formats are checked here; ids are checked by {@link EventService}.
 *
 * @param period a period id of any scheme, or {@code null}
 * @param themes theme ids, any of which matches
 * @param sources source ids: events with a claim citing any of them
 * @param actors actor ids, any of which matches
 * @param places place ids, any of which matches
 * @param from the first day of interest, or {@code null}
 * @param to the last day of interest, or {@code null}
 * @param q words that must all appear in the event's text or names, or {@code null}
 * @param disputedOnly only events where sources disagree
 * @param verdicts events with a founding document's statement of any of these verdicts
 * @param importance events of this importance or higher (1: turning points only), or
 * {@code null}
 * @param descending newest first
 */
public record TimelineFilter(String period, List<String> themes, List<String> sources, List<String> actors,
		List<String> places, LocalDate from, LocalDate to, String q, boolean disputedOnly, List<Verdict> verdicts,
		Integer importance, boolean descending) {

	/** The longest text search we accept. */
	public static final int MAX_QUERY_LENGTH = 200;

	public TimelineFilter {
		themes = List.copyOf(themes);
		sources = List.copyOf(sources);
		actors = List.copyOf(actors);
		places = List.copyOf(places);
		verdicts = List.copyOf(verdicts);
	}

	/**
	 * No filter: the whole timeline.
	 * @return an empty filter
	 */
	public static TimelineFilter all() {
		return new TimelineFilter(null, List.of(), List.of(), List.of(), List.of(), null, null, null, false, List.of(),
				null, false);
	}

	/**
	 * Read a filter from request parameters, checking their formats.
	 * @throws InvalidParameterException naming the first parameter that is malformed
	 */
	public static TimelineFilter parse(String period, Collection<String> themes, Collection<String> sources,
			Collection<String> actors, Collection<String> places, String from, String to, String q, String disputed,
			Collection<String> verdicts, String importance, String sort) {
		LocalDate first = DayParameter.from(from);
		LocalDate last = DayParameter.to(to);
		if (first != null && last != null && last.isBefore(first)) {
			throw new InvalidParameterException("to", to, "a date on or after 'from' (" + from.strip() + ")");
		}
		String text = blankToNull(q);
		if (text != null && text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", text.substring(0, 20) + "…",
					"a search text of at most " + MAX_QUERY_LENGTH + " characters");
		}
		return new TimelineFilter(blankToNull(period), ids(themes), ids(sources), ids(actors), ids(places), first, last,
				text, flag("disputed", disputed), verdicts(verdicts), importance(importance), descending(sort));
	}

	private static boolean flag(String name, String value) {
		String text = blankToNull(value);
		if (text == null || text.equals("false")) {
			return false;
		}
		if (text.equals("true")) {
			return true;
		}
		throw new InvalidParameterException(name, value, "true or false");
	}

	private static Integer importance(String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		if (text.matches("[123]")) {
			return Integer.valueOf(text);
		}
		throw new InvalidParameterException("importance", value,
				"1 (turning points only), 2 (turning points and significant events) or 3 (every event)",
				List.of("1", "2", "3"));
	}

	private static boolean descending(String sort) {
		String text = blankToNull(sort);
		if (text == null || text.equals("date")) {
			return false;
		}
		if (text.equals("-date")) {
			return true;
		}
		throw new InvalidParameterException("sort", sort, "date (oldest first) or -date (newest first)");
	}

	static List<Verdict> verdicts(Collection<String> values) {
		return ids(values).stream()
			.map((id) -> Verdict.fromId(id)
				.orElseThrow(() -> new InvalidParameterException("verdict", id, "one of " + String.join(", ", VERDICTS),
						VERDICTS)))
			.toList();
	}

	private static final List<String> VERDICTS = java.util.Arrays.stream(Verdict.values()).map(Verdict::id).toList();

	/**
	 * Ids from repeatable or comma-separated values, stripped, without blanks or repeats.
	 */
	static List<String> ids(Collection<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.filter(Objects::nonNull)
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.distinct()
			.toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Whether any filter is set.
	 * @return {@code true} unless this is the whole timeline
	 */
	public boolean isFiltered() {
		return this.period != null || !this.themes.isEmpty() || !this.sources.isEmpty() || !this.actors.isEmpty()
				|| !this.places.isEmpty() || this.from != null || this.to != null || this.q != null || this.disputedOnly
				|| !this.verdicts.isEmpty() || this.importance != null;
	}

}
