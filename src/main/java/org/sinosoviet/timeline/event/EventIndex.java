package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.event.EventSpecifications.PeriodScope;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.NamedRecord;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * What the timeline's filters look at, for every event, read once from the model: the
 * same tests as {@link EventSpecifications}, run over 250 small records in memory instead
 * of a query per request. Under the cache-busting soak ({@code src/bench/soak.sh}) the
 * query was a fifth of the time: Hibernate building and binding it, H2 running the
 * subqueries and reading every event's search text out of its large-object column for a
 * {@code q}. {@code EventSpecificationsTests} runs every filter both ways and requires
 * the same ids in the same order.
 */
final class EventIndex {

	private final List<Entry> entries;

	private EventIndex(List<Entry> entries) {
		this.entries = entries;
	}

	/**
	 * The index of the events.
	 * @param events every event, in date order, inside the transaction that loaded them
	 * @param texts each event's folded search text, by event id
	 */
	static EventIndex of(List<Event> events, Map<String, String> texts) {
		List<Entry> entries = new ArrayList<>(events.size());
		for (Event event : events) {
			entries.add(new Entry(event.getId(), (event.getPeriod() != null) ? event.getPeriod().getId() : null,
					event.getFirstDay(), event.getLastDay(), event.getImportance(), event.isDisputed(),
					ids(event.getThemes(), Theme::getId), ids(event.getCitedSources(), Source::getId),
					ids(event.getActors(), NamedRecord::getId), ids(event.getPlaces(), NamedRecord::getId),
					event.getClaims()
						.stream()
						.map(Claim::getVerdict)
						.filter(Objects::nonNull)
						.collect(Collectors.toUnmodifiableSet()),
					texts.get(event.getId())));
		}
		return new EventIndex(List.copyOf(entries));
	}

	private static <T> Set<String> ids(Iterable<T> records, Function<T, String> id) {
		Set<String> ids = new HashSet<>();
		records.forEach((record) -> ids.add(id.apply(record)));
		return Collections.unmodifiableSet(ids);
	}

	/**
	 * The ids of the events that match every filter, in date order or newest first.
	 * @param filter the filter, with ids already checked
	 * @param period the period asked for, or {@code null}
	 */
	List<String> matching(TimelineFilter filter, PeriodScope period) {
		List<String> words = (filter.q() != null) ? SearchText.words(filter.q()) : List.of();
		List<String> ids = new ArrayList<>();
		for (Entry entry : this.entries) {
			if (entry.matches(filter, period, words)) {
				ids.add(entry.id());
			}
		}
		if (filter.descending()) {
			Collections.reverse(ids);
		}
		return ids;
	}

	/** One event, as the filters see it. */
	private record Entry(String id, String period, LocalDate firstDay, LocalDate lastDay, int importance,
			boolean disputed, Set<String> themes, Set<String> sources, Set<String> actors, Set<String> places,
			Set<Verdict> verdicts, String text) {

		boolean matches(TimelineFilter filter, PeriodScope scope, List<String> words) {
			if (scope != null && !(scope.isDefault() ? scope.id().equals(this.period)
					: overlaps(scope.firstDay(), scope.lastDay()))) {
				return false;
			}
			return any(this.themes, filter.themes()) && any(this.sources, filter.sources())
					&& any(this.actors, filter.actors()) && any(this.places, filter.places())
					&& overlaps(filter.from(), filter.to()) && (!filter.disputedOnly() || this.disputed)
					&& (filter.verdicts().isEmpty() || filter.verdicts().stream().anyMatch(this.verdicts::contains))
					&& (filter.importance() == null || this.importance <= filter.importance()) && contains(words);
		}

		/** As in SQL, an unknown bound never matches a range. */
		private boolean overlaps(LocalDate from, LocalDate to) {
			return (from == null || (this.lastDay != null && !this.lastDay.isBefore(from)))
					&& (to == null || (this.firstDay != null && !this.firstDay.isAfter(to)));
		}

		private static boolean any(Set<String> held, List<String> wanted) {
			return wanted.isEmpty() || wanted.stream().anyMatch(held::contains);
		}

		private boolean contains(List<String> words) {
			if (words.isEmpty()) {
				return true;
			}
			return this.text != null && words.stream().allMatch(this.text::contains);
		}

	}

}
