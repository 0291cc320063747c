package org.sinosoviet.timeline.event;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.event.Views.CitationView;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.DisputeView;
import org.sinosoviet.timeline.event.Views.EventRef;
import org.sinosoviet.timeline.event.Views.NameView;
import org.sinosoviet.timeline.event.Views.NamedView;
import org.sinosoviet.timeline.event.Views.PeriodView;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.event.Views.SchemeView;
import org.sinosoviet.timeline.event.Views.SourceView;
import org.sinosoviet.timeline.event.Views.ThemeView;
import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.NamedRecord;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * An immutable, in-memory view of the whole dataset, built once after loading. The data
 * cannot change while the app runs, so every filter runs over these records.
 */
final class TimelineIndex {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final int RELATED = 4;

	private final List<Entry> chronological;

	private final Map<String, Entry> byId;

	private final Map<String, String> aliases;

	private final Map<String, PeriodView> periods;

	private final List<SchemeView> schemes;

	private final Map<String, ThemeView> themes;

	private final Map<String, NamedView> actors;

	private final Map<String, NamedView> places;

	private final Map<String, SourceView> sources;

	private final List<DisputeView> disputes;

	TimelineIndex(List<Event> events, List<Source> sources, List<PeriodScheme> schemes, List<Theme> themes,
			List<? extends NamedRecord> actors, List<? extends NamedRecord> places) {
		List<Event> sorted = events.stream()
			.sorted(Comparator.comparing(Event::getFirstDay)
				.thenComparing(Event::getLastDay)
				.thenComparing(Event::getId))
			.toList();
		Map<String, Integer> actorCounts = count(sorted, (event) -> event.getActors().stream().map(NamedRecord::getId));
		Map<String, Integer> placeCounts = count(sorted, (event) -> event.getPlaces().stream().map(NamedRecord::getId));
		Map<String, Integer> themeCounts = count(sorted, (event) -> event.getThemes().stream().map(Theme::getId));
		this.actors = named(actors, actorCounts);
		this.places = named(places, placeCounts);
		this.themes = themes.stream()
			.sorted(Comparator.comparingInt(Theme::getPosition))
			.collect(
					Collectors.toMap(
							Theme::getId, (theme) -> new ThemeView(theme.getId(), theme.getTitle(),
									theme.getDescription(), themeCounts.getOrDefault(theme.getId(), 0)),
							(a, b) -> a, LinkedHashMap::new));
		List<Entry> entries = sorted.stream().map(this::entry).toList();
		this.chronological = withNeighbours(entries, sorted);
		this.byId = this.chronological.stream()
			.collect(Collectors.toMap((entry) -> entry.detail().id(), Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
		this.aliases = new HashMap<>();
		sorted.forEach((event) -> event.getAliases().forEach((alias) -> this.aliases.put(alias, event.getId())));
		this.schemes = schemes.stream()
			.sorted(Comparator.comparingInt(PeriodScheme::getPosition))
			.map(this::scheme)
			.toList();
		this.periods = this.schemes.stream()
			.flatMap((scheme) -> scheme.periods().stream())
			.collect(Collectors.toMap(PeriodView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.sources = sources(sources, sorted);
		this.disputes = this.chronological.stream().flatMap((entry) -> disputes(entry.detail())).toList();
	}

	private Entry entry(Event event) {
		HistoricalDate date = event.getDate();
		List<ClaimView> claims = event.getClaims().stream().map(TimelineIndex::claim).toList();
		boolean disputed = claims.stream().anyMatch((claim) -> claim.dispute() != null);
		List<NamedView> actors = event.getActors().stream().map((actor) -> this.actors.get(actor.getId())).toList();
		List<NamedView> places = event.getPlaces().stream().map((place) -> this.places.get(place.getId())).toList();
		EventDetail detail = new EventDetail(event.getId(), event.getTitle(), date.edtf(), date.earliest(),
				date.latest(), date.precision().label(), date.display(), date.isApproximate(), date.isUncertain(),
				event.isContext(), disputed, new Ref(event.getPeriod().getId(), event.getPeriod().getTitle()),
				event.getThemes().stream().map((theme) -> new Ref(theme.getId(), theme.getTitle())).toList(), actors,
				places, event.getSummary(), event.getSignificance(), claims,
				event.getAliases().stream().sorted().toList(), null, null, List.of(), "/events/" + event.getId());
		Set<String> sourceIds = event.getClaims()
			.stream()
			.flatMap((claim) -> claim.getCitations().stream())
			.map((citation) -> citation.getSource().getId())
			.collect(Collectors.toSet());
		String text = fold(Stream
			.of(Stream.of(event.getTitle(), event.getSummary(), event.getSignificance()),
					claims.stream().map(ClaimView::text),
					Stream.concat(actors.stream(), places.stream())
						.flatMap((named) -> Stream.concat(Stream.of(named.name()),
								named.names().stream().map(NameView::name))))
			.flatMap(Function.identity())
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n")));
		return new Entry(detail, EventSummary.of(detail), event.getPeriod().getId(), ids(detail.themes()), sourceIds,
				actors.stream().map(NamedView::id).collect(Collectors.toSet()),
				places.stream().map(NamedView::id).collect(Collectors.toSet()), text);
	}

	private List<Entry> withNeighbours(List<Entry> entries, List<Event> events) {
		Map<String, Set<String>> links = new HashMap<>();
		for (Event event : events) {
			for (String related : event.getRelated()) {
				links.computeIfAbsent(event.getId(), (id) -> new LinkedHashSet<>()).add(related);
				links.computeIfAbsent(related, (id) -> new LinkedHashSet<>()).add(event.getId());
			}
		}
		Map<String, Entry> byId = entries.stream()
			.collect(Collectors.toMap((entry) -> entry.detail().id(), Function.identity()));
		List<Entry> result = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			EventRef previous = (i > 0) ? entries.get(i - 1).detail().ref() : null;
			EventRef next = (i + 1 < entries.size()) ? entries.get(i + 1).detail().ref() : null;
			Set<String> related = new LinkedHashSet<>(links.getOrDefault(entry.detail().id(), Set.of()));
			entries.stream()
				.filter((other) -> other != entry && !related.contains(other.detail().id())
						&& affinity(entry, other) > 0)
				.sorted(Comparator.comparingInt((Entry other) -> -affinity(entry, other))
					.thenComparingLong((other) -> Math
						.abs(ChronoUnit.DAYS.between(entry.detail().start(), other.detail().start()))))
				.limit(Math.max(0, RELATED - related.size()))
				.forEach((other) -> related.add(other.detail().id()));
			List<EventRef> refs = related.stream()
				.map(byId::get)
				.filter(Objects::nonNull)
				.map((other) -> other.detail().ref())
				.toList();
			result.add(entry.with(entry.detail().withNeighbours(previous, next, refs)));
		}
		return List.copyOf(result);
	}

	/** Shared actors and places count double; a shared theme once. */
	private static int affinity(Entry a, Entry b) {
		return 2 * overlap(a.actors(), b.actors()) + 2 * overlap(a.places(), b.places())
				+ overlap(a.themes(), b.themes());
	}

	private static int overlap(Set<String> a, Set<String> b) {
		return (int) a.stream().filter(b::contains).count();
	}

	private SchemeView scheme(PeriodScheme scheme) {
		List<PeriodView> periods = scheme.getPeriods().stream().map((period) -> period(period, scheme)).toList();
		return new SchemeView(scheme.getId(), scheme.getTitle(), scheme.getDescription(), scheme.isDefaultScheme(),
				citations(scheme.getCitations()), periods);
	}

	private PeriodView period(Period period, PeriodScheme scheme) {
		int count = (int) this.chronological.stream()
			.filter((entry) -> scheme.isDefaultScheme() ? entry.period().equals(period.getId())
					: overlaps(entry, period.getFirstDay(), period.getLastDay()))
			.count();
		String range = period.getStart().display() + " – " + period.getEnd().display();
		return new PeriodView(period.getId(), scheme.getId(), period.getTitle(), period.getStart().edtf(),
				period.getEnd().edtf(), period.getFirstDay(), period.getLastDay(), range, period.getDescription(),
				citations(period.getCitations()), count);
	}

	private Map<String, SourceView> sources(List<Source> sources, List<Event> events) {
		Map<String, Integer> claims = new HashMap<>();
		Map<String, Set<String>> citing = new HashMap<>();
		for (Event event : events) {
			event.getClaims()
				.forEach((claim) -> claim.getCitations()
					.stream()
					.map((citation) -> citation.getSource().getId())
					.distinct()
					.forEach((source) -> {
						claims.merge(source, 1, Integer::sum);
						citing.computeIfAbsent(source, (id) -> new LinkedHashSet<>()).add(event.getId());
					}));
		}
		return sources.stream()
			.sorted(Comparator.comparing(Source::getType).thenComparing(TimelineIndex::sortKey))
			.map((source) -> new SourceView(source.getId(), source.getType().id(), source.getType().heading(),
					source.getTitle(), List.copyOf(source.getAuthors()), source.getContainer(), source.getPublisher(),
					source.getVolume(), source.getIssue(), source.getPages(),
					(source.getDate() != null) ? source.getDate().edtf() : null, source.getUrl(), source.getDoi(),
					source.getIsbn(), source.getAccessed(), source.getReliability(),
					claims.getOrDefault(source.getId(), 0), List.copyOf(citing.getOrDefault(source.getId(), Set.of()))))
			.collect(Collectors.toMap(SourceView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static String sortKey(Source source) {
		String first = source.getAuthors().isEmpty() ? source.getTitle() : source.getAuthors().get(0);
		return fold(first);
	}

	private static Stream<DisputeView> disputes(EventDetail event) {
		Map<String, List<ClaimView>> groups = event.claims()
			.stream()
			.filter((claim) -> claim.dispute() != null)
			.collect(Collectors.groupingBy(ClaimView::dispute, LinkedHashMap::new, Collectors.toList()));
		return groups.entrySet()
			.stream()
			.map((group) -> new DisputeView(event.ref(), group.getKey(), group.getValue()));
	}

	private static Map<String, NamedView> named(List<? extends NamedRecord> records, Map<String, Integer> counts) {
		return records.stream()
			.sorted(Comparator.comparing((NamedRecord record) -> fold(record.getName())))
			.map((record) -> new NamedView(record.getId(), record.getName(), record.getKind(), record.getDescription(),
					record.getNames()
						.stream()
						.map((name) -> new NameView(name.getName(), name.getLang(), name.getNote()))
						.toList(),
					counts.getOrDefault(record.getId(), 0)))
			.collect(Collectors.toMap(NamedView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static Map<String, Integer> count(List<Event> events, Function<Event, Stream<String>> ids) {
		Map<String, Integer> counts = new HashMap<>();
		events.forEach((event) -> ids.apply(event).distinct().forEach((id) -> counts.merge(id, 1, Integer::sum)));
		return counts;
	}

	static ClaimView claim(Claim claim) {
		return new ClaimView(claim.getClaimId(), claim.getText(), claim.getRank().id(), claim.getReason(),
				claim.getDispute(), citations(claim.getCitations()));
	}

	static List<CitationView> citations(List<Citation> citations) {
		return citations.stream()
			.map((citation) -> new CitationView(citation.getSource().getId(), citation.getSource().getTitle(),
					citation.getLocator()))
			.toList();
	}

	private static Set<String> ids(Collection<Ref> refs) {
		return refs.stream().map(Ref::id).collect(Collectors.toSet());
	}

	/**
	 * Text folded for searching: accents and other marks removed (so "Хрущев" finds
	 * "Хрущёв" and "Luthi" finds "Lüthi"), lower case, single spaces.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

	List<Entry> matching(TimelineFilter filter) {
		PeriodView period = (filter.period() != null) ? this.periods.get(filter.period()) : null;
		boolean defaultPeriod = period != null && this.schemes.stream()
			.anyMatch((scheme) -> scheme.isDefault() && scheme.id().equals(period.scheme()));
		List<String> terms = (filter.q() != null) ? List.of(fold(filter.q()).strip().split(" ")) : List.of();
		List<Entry> result = this.chronological.stream()
			.filter((entry) -> period == null || (defaultPeriod ? entry.period().equals(period.id())
					: overlaps(entry, period.firstDay(), period.lastDay())))
			.filter((entry) -> anyOf(filter.themes(), entry.themes()))
			.filter((entry) -> anyOf(filter.sources(), entry.sources()))
			.filter((entry) -> anyOf(filter.actors(), entry.actors()))
			.filter((entry) -> anyOf(filter.places(), entry.places()))
			.filter((entry) -> overlaps(entry, filter.from(), filter.to()))
			.filter((entry) -> !filter.disputedOnly() || entry.detail().disputed())
			.filter((entry) -> terms.stream().allMatch(entry.text()::contains))
			.collect(Collectors.toCollection(ArrayList::new));
		if (filter.descending()) {
			java.util.Collections.reverse(result);
		}
		return result;
	}

	private static boolean anyOf(List<String> wanted, Set<String> present) {
		return wanted.isEmpty() || wanted.stream().anyMatch(present::contains);
	}

	private static boolean overlaps(Entry entry, LocalDate from, LocalDate to) {
		return (from == null || !entry.detail().end().isBefore(from))
				&& (to == null || !entry.detail().start().isAfter(to));
	}

	Entry event(String id) {
		return this.byId.get(id);
	}

	String aliasTarget(String alias) {
		return this.aliases.get(alias);
	}

	Map<String, PeriodView> periods() {
		return this.periods;
	}

	List<SchemeView> schemes() {
		return this.schemes;
	}

	Map<String, ThemeView> themes() {
		return this.themes;
	}

	Map<String, NamedView> actors() {
		return this.actors;
	}

	Map<String, NamedView> places() {
		return this.places;
	}

	Map<String, SourceView> sources() {
		return this.sources;
	}

	List<DisputeView> disputes() {
		return this.disputes;
	}

	int size() {
		return this.chronological.size();
	}

	/**
	 * One event, with what its filters match on.
	 */
	record Entry(EventDetail detail, EventSummary summary, String period, Set<String> themes, Set<String> sources,
			Set<String> actors, Set<String> places, String text) {

		Entry with(EventDetail detail) {
			return new Entry(detail, EventSummary.of(detail), this.period, this.themes, this.sources, this.actors,
					this.places, this.text);
		}

	}

}
