package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.sinosoviet.timeline.event.EventSpecifications.PeriodScope;
import org.sinosoviet.timeline.event.Views.ClaimDocument;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.DisputeView;
import org.sinosoviet.timeline.event.Views.EventRef;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.taxonomy.Theme;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one place that interprets timeline filters: it checks their ids, turns them into
 * {@link EventSpecifications specifications} over the database, and returns view records,
 * never entities.
 */
@Service
@Transactional(readOnly = true)
public class EventService {

	private final EventRepository events;

	private final ClaimRepository claims;

	private final TaxonomyService taxonomy;

	private final SourceService sources;

	private final SingletonSupplier<Lists> lists;

	// The repositories are injected lazily: in the ahead-of-time build Spring Data makes
	// a
	// repository where it is injected, and that waits for the persistence unit (JFR: main
	// parked 1.1 s), while the rest of the context could start beside Hibernate. (The
	// other build makes them lazily anyway: spring.data.jpa.repositories.bootstrap-mode.)
	EventService(@Lazy EventRepository events, @Lazy EventTextRepository texts, @Lazy ClaimRepository claims,
			TaxonomyService taxonomy, SourceService sources) {
		this.events = events;
		this.claims = claims;
		this.taxonomy = taxonomy;
		this.sources = sources;
		// Every event's summary and what the filters test, read once in one pass: the
		// data does not change while the app runs, so a list needs no query (EventIndex).
		this.lists = SingletonSupplier.of(() -> {
			List<Event> all = events.findAll(Sort.by("position"));
			Map<String, EventSummary> summaries = new LinkedHashMap<>();
			all.forEach((event) -> summaries.put(event.getId(), summary(event)));
			Map<String, String> folded = new HashMap<>();
			texts.findAll().forEach((text) -> folded.put(text.getEventId(), text.getText()));
			return new Lists(Collections.unmodifiableMap(summaries), EventIndex.of(all, folded));
		});
	}

	/** What lists are made of: each event's summary by id, and the filters' index. */
	private record Lists(Map<String, EventSummary> summaries, EventIndex index) {

	}

	/**
	 * Check that every id in a filter exists.
	 * @param filter the filter
	 * @throws InvalidParameterException naming the parameter and listing the valid ids
	 */
	public void validate(TimelineFilter filter) {
		scope(filter);
	}

	/** The period the filter names, checking every id on the way. */
	private PeriodScope scope(TimelineFilter filter) {
		check("theme", filter.themes(), () -> this.taxonomy.ids("theme"));
		check("source", filter.sources(), this.sources::ids);
		check("actor", filter.actors(), () -> this.taxonomy.ids("actor"));
		check("place", filter.places(), () -> this.taxonomy.ids("place"));
		if (filter.period() == null) {
			return null;
		}
		PeriodView period = this.taxonomy.period(filter.period())
			.orElseThrow(() -> unknown("period", filter.period(), this.taxonomy.ids("period")));
		return new PeriodScope(period.id(), this.taxonomy.isDefault(period), period.firstDay(), period.lastDay());
	}

	private static void check(String parameter, List<String> ids, Supplier<List<String>> valid) {
		if (ids.isEmpty()) {
			return;
		}
		List<String> known = valid.get();
		ids.stream().filter((id) -> !known.contains(id)).findFirst().ifPresent((id) -> {
			throw unknown(parameter, id, known);
		});
	}

	private static InvalidParameterException unknown(String parameter, String value, Collection<String> valid) {
		return new InvalidParameterException(parameter, value, "one of " + String.join(", ", valid),
				List.copyOf(valid));
	}

	private static Sort order(TimelineFilter filter) {
		return Sort.by(filter.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, "position");
	}

	/**
	 * One page of the events that match a filter, in date order.
	 */
	public Page<EventSummary> events(TimelineFilter filter, int page, int size) {
		List<EventSummary> all = timeline(filter);
		int from = (int) Math.min((long) page * size, all.size());
		int to = (int) Math.min((long) from + size, all.size());
		return new PageImpl<>(all.subList(from, to), PageRequest.of(page, size, order(filter)), all.size());
	}

	/**
	 * Every event that matches a filter, in date order.
	 */
	public List<EventSummary> timeline(TimelineFilter filter) {
		PeriodScope period = scope(filter);
		Lists lists = this.lists.obtain();
		return lists.index().matching(filter, period).stream().map(lists.summaries()::get).toList();
	}

	/**
	 * Every event that matches a filter, in date order, with everything its page shows.
	 */
	public List<EventDetail> details(TimelineFilter filter) {
		return matching(filter).stream().map(EventService::detail).toList();
	}

	/**
	 * How many of the events that match a filter happen at each place.
	 * @param filter the filter
	 * @return event counts by place id, for the places with at least one
	 */
	public Map<String, Integer> countsByPlace(TimelineFilter filter) {
		Map<String, Integer> counts = new HashMap<>();
		matching(filter)
			.forEach((event) -> event.getPlaces().forEach((place) -> counts.merge(place.getId(), 1, Integer::sum)));
		return counts;
	}

	private List<Event> matching(TimelineFilter filter) {
		PeriodScope period = scope(filter);
		return this.events.findAll(EventSpecifications.matching(filter, period), order(filter));
	}

	public Optional<EventDetail> event(String id) {
		return this.events.findWithPeriodById(id).map(EventService::detail);
	}

	/**
	 * The live id that an old id now points to.
	 */
	public Optional<String> aliasTarget(String alias) {
		return this.events.findIdByAlias(alias);
	}

	/**
	 * How many events there are.
	 * @return the count
	 */
	public long count() {
		return this.events.count();
	}

	/**
	 * Every place where sources disagree, in date order: each event's claims grouped by
	 * their dispute key.
	 * @return the disputes
	 */
	public List<DisputeView> disputes() {
		Map<List<String>, List<ClaimView>> groups = new LinkedHashMap<>();
		Map<List<String>, EventRef> eventOf = new LinkedHashMap<>();
		for (Claim claim : this.claims.findDisputedClaims()) {
			List<String> key = List.of(claim.getEvent().getId(), claim.getDispute());
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(claim(claim));
			eventOf.computeIfAbsent(key, (k) -> ref(claim.getEvent()));
		}
		return groups.entrySet()
			.stream()
			.map((group) -> new DisputeView(eventOf.get(group.getKey()), group.getKey().get(1),
					List.copyOf(group.getValue())))
			.toList();
	}

	/**
	 * Every claim that cites a source, with its event: "filter by citation".
	 * @param sourceId the source's id
	 * @return the events citing it, each with the claims that cite it
	 */
	public List<Citing> citing(String sourceId) {
		Map<Event, List<ClaimView>> byEvent = new LinkedHashMap<>();
		for (Claim claim : this.claims.findClaimsCiting(sourceId)) {
			byEvent.computeIfAbsent(claim.getEvent(), (event) -> new ArrayList<>()).add(claim(claim));
		}
		return byEvent.entrySet()
			.stream()
			.map((entry) -> new Citing(summary(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * One page of the claims with any of some verdicts that cite any of some sources,
	 * each with its event and anchored address, in date order.
	 * @param sources source ids, or none for any source
	 * @param verdicts verdicts, or none for any claim
	 * @param page the page number
	 * @param size the page size
	 * @param baseUrl the site's base URL
	 * @return the claims
	 */
	public Page<ClaimDocument> claims(List<String> sources, List<Verdict> verdicts, int page, int size,
			String baseUrl) {
		check("source", sources, this.sources::ids);
		// An empty IN list is not valid SQL everywhere: pass a placeholder that the flag
		// makes irrelevant.
		return this.claims
			.findClaims(verdicts.isEmpty(), verdicts.isEmpty() ? List.of(Verdict.CORROBORATED) : verdicts,
					sources.isEmpty(), sources.isEmpty() ? List.of("") : sources, PageRequest.of(page, size))
			.map((claim) -> {
				Event event = claim.getEvent();
				String permalink = baseUrl + permalink(event);
				return new ClaimDocument(event.getId(), event.getTitle(), event.getDate().display(),
						permalink + "#claim-" + claim.getClaimId(), claim(claim));
			});
	}

	static EventSummary summary(Event event) {
		return new EventSummary(event.getId(), event.getTitle(), event.getDate().edtf(), event.getFirstDay(),
				event.getLastDay(), event.getDate().precision().label(), event.getDate().display(),
				event.getPeriod().getId(), event.getThemes().stream().map(Theme::getId).toList(), event.getSummary(),
				event.isDisputed(), permalink(event), event.getImportance());
	}

	static EventDetail detail(Event event) {
		var date = event.getDate();
		return new EventDetail(event.getId(), event.getTitle(), date.edtf(), event.getFirstDay(), event.getLastDay(),
				date.precision().label(), date.display(), date.isApproximate(), date.isUncertain(), event.isContext(),
				event.isDisputed(), new Ref(event.getPeriod().getId(), event.getPeriod().getTitle()),
				event.getThemes().stream().map((theme) -> new Ref(theme.getId(), theme.getTitle())).toList(),
				event.getActors().stream().map(NamedView::of).toList(),
				event.getPlaces().stream().map(NamedView::of).toList(), event.getSummary(), event.getSignificance(),
				event.getClaims().stream().map(EventService::claim).toList(),
				event.getAliases().stream().sorted().toList(),
				(event.getPrevious() != null) ? ref(event.getPrevious()) : null,
				(event.getNext() != null) ? ref(event.getNext()) : null,
				event.getRelated().stream().map(EventService::ref).toList(), permalink(event), event.getImportance());
	}

	static ClaimView claim(Claim claim) {
		return new ClaimView(claim.getClaimId(), claim.getText(), claim.getRank().id(), claim.getReason(),
				claim.getDispute(), (claim.getVerdict() != null) ? claim.getVerdict().id() : null,
				CitationView.of(claim.getCitations()), claim.isAboutSignificance() ? "significance" : null);
	}

	private static EventRef ref(Event event) {
		return new EventRef(event.getId(), event.getTitle(), event.getDate().display());
	}

	private static String permalink(Event event) {
		return "/events/" + event.getId();
	}

	/**
	 * An event and the claims in it that cite a source.
	 *
	 * @param event the event
	 * @param claims the claims citing the source
	 */
	public record Citing(EventSummary event, List<ClaimView> claims) {

	}

}
