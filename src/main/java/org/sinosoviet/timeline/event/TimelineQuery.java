package org.sinosoviet.timeline.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sinosoviet.timeline.event.TimelineIndex.Entry;
import org.sinosoviet.timeline.event.Views.DisputeView;
import org.sinosoviet.timeline.event.Views.NamedView;
import org.sinosoviet.timeline.event.Views.PeriodView;
import org.sinosoviet.timeline.event.Views.SchemeView;
import org.sinosoviet.timeline.event.Views.SourceView;
import org.sinosoviet.timeline.event.Views.ThemeView;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.source.SourceRepository;
import org.sinosoviet.timeline.taxonomy.Actor;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Place;
import org.sinosoviet.timeline.taxonomy.Theme;
import org.sinosoviet.timeline.taxonomy.ActorRepository;
import org.sinosoviet.timeline.taxonomy.PeriodSchemeRepository;
import org.sinosoviet.timeline.taxonomy.PlaceRepository;
import org.sinosoviet.timeline.taxonomy.ThemeRepository;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that interprets timeline filters. It reads the database once, after the
 * dataset is loaded, into an immutable index; every query after that runs in memory and
 * returns records, never entities.
 */
@Service
public class TimelineQuery {

	private final EventRepository events;

	private final SourceRepository sources;

	private final PeriodSchemeRepository schemes;

	private final ThemeRepository themes;

	private final ActorRepository actors;

	private final PlaceRepository places;

	private volatile TimelineIndex index;

	TimelineQuery(EventRepository events, SourceRepository sources, PeriodSchemeRepository schemes,
			ThemeRepository themes, ActorRepository actors, PlaceRepository places) {
		this.events = events;
		this.sources = sources;
		this.schemes = schemes;
		this.themes = themes;
		this.actors = actors;
		this.places = places;
	}

	/**
	 * Read the loaded dataset into memory from the database.
	 * @return the number of events indexed
	 */
	@Transactional(readOnly = true)
	public int rebuild() {
		return rebuild(this.events.findAllBy(), this.sources.findAll(), this.schemes.findAll(), this.themes.findAll(),
				this.actors.findAll(), this.places.findAll());
	}

	/**
	 * Index entities that are already complete in memory, such as those the loader has
	 * just stored, without reading them back.
	 * @return the number of events indexed
	 */
	public int rebuild(List<Event> events, List<Source> sources, List<PeriodScheme> schemes, List<Theme> themes,
			List<Actor> actors, List<Place> places) {
		this.index = new TimelineIndex(events, sources, schemes, themes, actors, places);
		return this.index.size();
	}

	private TimelineIndex index() {
		TimelineIndex current = this.index;
		if (current == null) {
			throw new IllegalStateException("The dataset has not been loaded");
		}
		return current;
	}

	/**
	 * Check that every id in a filter exists.
	 * @param filter the filter
	 * @throws InvalidParameterException naming the parameter and listing the valid ids
	 */
	public void validate(TimelineFilter filter) {
		TimelineIndex index = index();
		if (filter.period() != null && !index.periods().containsKey(filter.period())) {
			throw unknown("period", filter.period(), index.periods().keySet());
		}
		check("theme", filter.themes(), index.themes().keySet());
		check("source", filter.sources(), index.sources().keySet());
		check("actor", filter.actors(), index.actors().keySet());
		check("place", filter.places(), index.places().keySet());
	}

	private static void check(String parameter, List<String> ids, Set<String> valid) {
		ids.stream().filter((id) -> !valid.contains(id)).findFirst().ifPresent((id) -> {
			throw unknown(parameter, id, valid);
		});
	}

	private static InvalidParameterException unknown(String parameter, String value, Collection<String> valid) {
		return new InvalidParameterException(parameter, value, "one of " + String.join(", ", valid),
				List.copyOf(valid));
	}

	/**
	 * One page of the events that match a filter, in date order.
	 */
	public Page<EventSummary> events(TimelineFilter filter, int page, int size) {
		validate(filter);
		List<Entry> matching = index().matching(filter);
		PageRequest request = PageRequest.of(page, size);
		long offset = Math.min(request.getOffset(), matching.size());
		List<EventSummary> content = matching.subList((int) offset, (int) Math.min(offset + size, matching.size()))
			.stream()
			.map(Entry::summary)
			.toList();
		return new PageImpl<>(content, request, matching.size());
	}

	/**
	 * Every event that matches a filter, in date order.
	 */
	public List<EventSummary> timeline(TimelineFilter filter) {
		validate(filter);
		return index().matching(filter).stream().map(Entry::summary).toList();
	}

	public Optional<EventDetail> event(String id) {
		return Optional.ofNullable(index().event(id)).map(Entry::detail);
	}

	/**
	 * The live id that an old id now points to.
	 */
	public Optional<String> aliasTarget(String alias) {
		return Optional.ofNullable(index().aliasTarget(alias));
	}

	public List<SchemeView> schemes() {
		return index().schemes();
	}

	public Optional<PeriodView> period(String id) {
		return Optional.ofNullable(index().periods().get(id));
	}

	public List<ThemeView> themes() {
		return List.copyOf(index().themes().values());
	}

	public Optional<ThemeView> theme(String id) {
		return Optional.ofNullable(index().themes().get(id));
	}

	public List<NamedView> actors() {
		return List.copyOf(index().actors().values());
	}

	public Optional<NamedView> actor(String id) {
		return Optional.ofNullable(index().actors().get(id));
	}

	public List<NamedView> places() {
		return List.copyOf(index().places().values());
	}

	public Optional<NamedView> place(String id) {
		return Optional.ofNullable(index().places().get(id));
	}

	public List<SourceView> sources() {
		return List.copyOf(index().sources().values());
	}

	public Optional<SourceView> source(String id) {
		return Optional.ofNullable(index().sources().get(id));
	}

	public List<DisputeView> disputes() {
		return index().disputes();
	}

	/**
	 * Every claim that cites a source, with its event: "filter by citation".
	 * @param sourceId the source's id
	 * @return the events citing it, each with the claims that cite it
	 */
	public List<Citing> citing(String sourceId) {
		return index().matching(TimelineFilter.all())
			.stream()
			.filter((entry) -> entry.sources().contains(sourceId))
			.map((entry) -> new Citing(entry.summary(), entry.detail()
				.claims()
				.stream()
				.filter((
						claim) -> claim.citations().stream().anyMatch((citation) -> citation.source().equals(sourceId)))
				.toList()))
			.toList();
	}

	/**
	 * An event and the claims in it that cite a source.
	 *
	 * @param event the event
	 * @param claims the claims citing the source
	 */
	public record Citing(EventSummary event, List<Views.ClaimView> claims) {

	}

	Map<String, ThemeView> themeIndex() {
		return index().themes();
	}

}
