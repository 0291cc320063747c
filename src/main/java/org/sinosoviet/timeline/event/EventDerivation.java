package org.sinosoviet.timeline.event;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.AlternativeName;
import org.sinosoviet.timeline.taxonomy.NamedRecord;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * Everything that can be worked out once from the curated records, computed at load on
 * the entities before they are stored: date order with previous and next, related events,
 * disputed flags, the sources each event cites, the folded search text, the order of
 * lists, and how many events each theme, period, actor, place and source has. The data
 * cannot change while the app runs, so no request recomputes any of it.
 */
public final class EventDerivation {

	/** How many related events a page shows. */
	static final int RELATED = 4;

	private EventDerivation() {
	}

	/**
	 * Derive and set every derived field.
	 * @param events the events, each with its claims and curated related events
	 * @param sources every source
	 * @param schemes every period scheme with its periods
	 * @param themes every theme
	 * @param actors every actor
	 * @param places every place
	 * @return the events' search texts, to be stored beside them
	 */
	public static List<EventText> derive(List<Event> events, Collection<Source> sources, List<PeriodScheme> schemes,
			Collection<Theme> themes, Collection<? extends NamedRecord> actors,
			Collection<? extends NamedRecord> places) {
		List<Event> sorted = events.stream()
			.sorted(Comparator.comparing(Event::getFirstDay)
				.thenComparing(Event::getLastDay)
				.thenComparing(Event::getId))
			.toList();
		for (int i = 0; i < sorted.size(); i++) {
			Event event = sorted.get(i);
			Set<Source> cited = event.getClaims()
				.stream()
				.flatMap((claim) -> claim.getCitations().stream())
				.map(Citation::getSource)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			boolean disputed = event.getClaims().stream().anyMatch((claim) -> claim.getDispute() != null);
			event.getClaims().forEach(EventDerivation::verdict);
			event.derive(i, (i > 0) ? sorted.get(i - 1) : null, (i + 1 < sorted.size()) ? sorted.get(i + 1) : null,
					disputed, cited);
		}
		related(sorted);
		counts(sorted, sources, schemes, themes, actors, places);
		return sorted.stream().map((event) -> new EventText(event.getId(), text(event))).toList();
	}

	/**
	 * A statement of a founding document cited beside an independent source is
	 * corroborated, unless the curator gave another verdict.
	 */
	private static void verdict(Claim claim) {
		boolean founding = claim.getCitations().stream().anyMatch((citation) -> citation.getSource().isFounding());
		boolean independent = claim.getCitations().stream().anyMatch((citation) -> !citation.getSource().isFounding());
		if (claim.getVerdict() == null && founding && independent) {
			claim.corroborate();
		}
	}

	/**
	 * Curated links count both ways; the rest are filled with the events sharing most
	 * actors and places (double) and themes, nearest in time first.
	 */
	private static void related(List<Event> events) {
		Map<Event, Set<Event>> links = new HashMap<>();
		for (Event event : events) {
			for (Event other : event.getRelated()) {
				links.computeIfAbsent(event, (key) -> new LinkedHashSet<>()).add(other);
				links.computeIfAbsent(other, (key) -> new LinkedHashSet<>()).add(event);
			}
		}
		List<Keys> keys = events.stream().map(Keys::of).toList();
		for (int i = 0; i < events.size(); i++) {
			Event event = events.get(i);
			Set<Event> related = new LinkedHashSet<>(links.getOrDefault(event, Set.of()));
			List<Candidate> candidates = new ArrayList<>();
			for (int j = 0; j < events.size(); j++) {
				Event other = events.get(j);
				int affinity = keys.get(i).affinity(keys.get(j));
				if (i != j && affinity > 0 && !related.contains(other)) {
					candidates.add(new Candidate(other, affinity,
							Math.abs(ChronoUnit.DAYS.between(event.getFirstDay(), other.getFirstDay()))));
				}
			}
			candidates.sort(Comparator.comparingInt((Candidate candidate) -> -candidate.affinity())
				.thenComparingLong(Candidate::distance));
			candidates.stream()
				.limit(Math.max(0, RELATED - related.size()))
				.forEach((candidate) -> related.add(candidate.event()));
			event.getRelated().clear();
			event.getRelated().addAll(related);
		}
	}

	/** Another event that could be shown as related, and how close it is. */
	private record Candidate(Event event, int affinity, long distance) {

	}

	private static void counts(List<Event> events, Collection<Source> sources, List<PeriodScheme> schemes,
			Collection<Theme> themes, Collection<? extends NamedRecord> actors,
			Collection<? extends NamedRecord> places) {
		Map<String, Integer> themeCounts = count(events, (event) -> event.getThemes().stream().map(Theme::getId));
		themes.forEach((theme) -> theme.setEventCount(themeCounts.getOrDefault(theme.getId(), 0)));
		Map<String, Integer> actorCounts = count(events, (event) -> event.getActors().stream().map(NamedRecord::getId));
		named(actors, actorCounts);
		Map<String, Integer> placeCounts = count(events, (event) -> event.getPlaces().stream().map(NamedRecord::getId));
		named(places, placeCounts);
		for (PeriodScheme scheme : schemes) {
			for (Period period : scheme.getPeriods()) {
				// Events are filed under the default scheme's periods; other schemes
				// match by date.
				period.setEventCount((int) events.stream()
					.filter((event) -> scheme.isDefaultScheme() ? event.getPeriod() == period
							: !event.getLastDay().isBefore(period.getFirstDay())
									&& !event.getFirstDay().isAfter(period.getLastDay()))
					.count());
			}
		}
		Map<String, Integer> claims = new HashMap<>();
		Map<String, Set<String>> citing = new HashMap<>();
		for (Event event : events) {
			for (Claim claim : event.getClaims()) {
				claim.getCitations()
					.stream()
					.map((citation) -> citation.getSource().getId())
					.distinct()
					.forEach((id) -> {
						claims.merge(id, 1, Integer::sum);
						citing.computeIfAbsent(id, (key) -> new LinkedHashSet<>()).add(event.getId());
					});
			}
		}
		Map<Source, String> keys = new HashMap<>();
		sources.forEach((source) -> keys.put(source, sortKey(source)));
		List<Source> bibliography = sources.stream()
			.sorted(Comparator.comparing(Source::getType)
				.thenComparing((Source source) -> keys.get(source))
				.thenComparing(Source::getId))
			.toList();
		for (int i = 0; i < bibliography.size(); i++) {
			Source source = bibliography.get(i);
			source.setPosition(i);
			source.setCitedBy(claims.getOrDefault(source.getId(), 0),
					List.copyOf(citing.getOrDefault(source.getId(), Set.of())));
		}
	}

	private static void named(Collection<? extends NamedRecord> records, Map<String, Integer> counts) {
		Map<NamedRecord, String> keys = new HashMap<>();
		records.forEach((record) -> keys.put(record, SearchText.fold(record.getName())));
		List<? extends NamedRecord> sorted = records.stream()
			.sorted(Comparator.comparing((NamedRecord record) -> keys.get(record)).thenComparing(NamedRecord::getId))
			.toList();
		for (int i = 0; i < sorted.size(); i++) {
			sorted.get(i).setPosition(i);
			sorted.get(i).setEventCount(counts.getOrDefault(sorted.get(i).getId(), 0));
		}
	}

	private static String sortKey(Source source) {
		return SearchText.fold(source.getAuthors().isEmpty() ? source.getTitle() : source.getAuthors().get(0));
	}

	private static Map<String, Integer> count(List<Event> events, Function<Event, Stream<String>> ids) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		events.forEach((event) -> ids.apply(event).distinct().forEach((id) -> counts.merge(id, 1, Integer::sum)));
		return counts;
	}

	/** What the text filter searches, folded. */
	static String text(Event event) {
		List<String> parts = new ArrayList<>();
		parts.add(event.getTitle());
		parts.add(event.getSummary());
		parts.add(event.getSignificance());
		event.getClaims().forEach((claim) -> parts.add(claim.getText()));
		Stream.concat(event.getActors().stream(), event.getPlaces().stream()).forEach((named) -> {
			parts.add(named.getName());
			named.getNames().stream().map(AlternativeName::getName).forEach(parts::add);
		});
		return SearchText.fold(parts.stream().filter(Objects::nonNull).collect(Collectors.joining("\n")));
	}

	/** The ids an event shares with others, for relatedness. */
	private record Keys(Set<String> actors, Set<String> places, Set<String> themes) {

		static Keys of(Event event) {
			return new Keys(ids(event.getActors()), ids(event.getPlaces()),
					event.getThemes().stream().map(Theme::getId).collect(Collectors.toSet()));
		}

		private static Set<String> ids(List<? extends NamedRecord> records) {
			return records.stream().map(NamedRecord::getId).collect(Collectors.toSet());
		}

		int affinity(Keys other) {
			return 2 * overlap(this.actors, other.actors) + 2 * overlap(this.places, other.places)
					+ overlap(this.themes, other.themes);
		}

		private static int overlap(Set<String> a, Set<String> b) {
			int shared = 0;
			for (String id : a) {
				if (b.contains(id)) {
					shared++;
				}
			}
			return shared;
		}

	}

}
