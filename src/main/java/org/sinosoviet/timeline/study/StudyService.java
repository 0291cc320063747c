package org.sinosoviet.timeline.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.EventService;
import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.study.StudyViews.Filters;
import org.sinosoviet.timeline.study.StudyViews.OrderQuestion;
import org.sinosoviet.timeline.study.StudyViews.RevisionSheet;
import org.sinosoviet.timeline.study.StudyViews.SourceQuestion;
import org.sinosoviet.timeline.study.StudyViews.SpotQuestion;
import org.sinosoviet.timeline.study.StudyViews.StudySet;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.SchemeView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.taxonomy.ThemeView;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates study sets and revision sheets from the timeline, read through the event and
 * source services; returns view records and stores nothing.
 */
@Service
@Transactional(readOnly = true)
class StudyService {

	private final EventService events;

	private final SourceService sources;

	private final TaxonomyService taxonomy;

	StudyService(EventService events, SourceService sources, TaxonomyService taxonomy) {
		this.events = events;
		this.sources = sources;
		this.taxonomy = taxonomy;
	}

	/**
	 * The set of any exercise.
	 * @param exercise order, when, spot or source
	 * @param selection the seed and filters
	 * @param base the base of permalinks
	 * @return the set
	 */
	StudySet<?> set(String exercise, Selection selection, String base) {
		return switch (exercise) {
			case "order" -> order(selection, base);
			case "when" -> when(selection, base);
			case "spot" -> spot(selection, base);
			case "source" -> source(selection, base);
			default -> throw new IllegalArgumentException(exercise);
		};
	}

	StudySet<OrderQuestion> order(Selection selection, String base) {
		return set("order", selection, (events) -> Exercises.order(events, selection.requireSeed(), base));
	}

	StudySet<WhenQuestion> when(Selection selection, String base) {
		return set("when", selection, (events) -> Exercises.when(events, selection.requireSeed(), base));
	}

	StudySet<SpotQuestion> spot(Selection selection, String base) {
		return set("spot", selection, (events) -> Exercises.spot(events, founding(), selection.requireSeed(), base));
	}

	StudySet<SourceQuestion> source(Selection selection, String base) {
		return set("source", selection,
				(events) -> Exercises.source(events, this.sources.sources(), selection.requireSeed(), base));
	}

	private java.util.Set<String> founding() {
		return this.sources.sources()
			.stream()
			.filter(SourceView::founding)
			.map(SourceView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	private <Q> StudySet<Q> set(String exercise, Selection selection, Function<List<EventDetail>, List<Q>> generate) {
		TimelineFilter filter = selection.filter();
		List<Q> questions = generate.apply(this.events.details(filter));
		if (questions.isEmpty()) {
			throw tooFew(exercise, filter);
		}
		return new StudySet<>(exercise, selection.requireSeed(),
				new Filters(filter.period(), filter.themes(), filter.importance()), questions);
	}

	/** Filters that leave nothing to ask: a 400 naming the narrowest of them. */
	private static InvalidParameterException tooFew(String exercise, TimelineFilter filter) {
		String parameter = !filter.themes().isEmpty() ? "theme" : (filter.period() != null) ? "period" : "importance";
		String value = switch (parameter) {
			case "theme" -> String.join(",", filter.themes());
			case "period" -> filter.period();
			default -> String.valueOf(filter.importance());
		};
		String need = switch (exercise) {
			case "order" -> "at least " + Exercises.ORDER_MIN + " events whose dates do not overlap";
			case "when" -> "an event whose title and summary do not give its year away";
			case "spot" -> "a statement of a founding document that is contradicted or corroborated";
			default -> "a claim citing a source, and another source to choose from";
		};
		return new InvalidParameterException(parameter, value,
				"filters (period, theme, importance) that leave " + need + "; these leave none");
	}

	/**
	 * A period's revision sheet: its events of importance 1 and 2.
	 * @param period the period id, of any scheme
	 * @param base the base of permalinks
	 * @return the sheet, or nothing if there is no such period
	 */
	Optional<RevisionSheet> sheet(String period, String base) {
		return this.taxonomy.period(period).map((view) -> {
			TimelineFilter filter = TimelineFilter.parse(period, null, null, null, null, null, null, null, null, null,
					"2", null);
			Map<String, SourceView> byId = new LinkedHashMap<>();
			this.sources.sources().forEach((source) -> byId.put(source.id(), source));
			return new RevisionSheet(view.id(), view.title(), view.displayRange(),
					Exercises.sheet(this.events.details(filter), byId, base));
		});
	}

	/**
	 * The periods events are filed under: one revision sheet each.
	 * @return the periods of the default scheme
	 */
	List<PeriodView> periods() {
		return this.taxonomy.schemes()
			.stream()
			.filter(SchemeView::isDefault)
			.findFirst()
			.map(SchemeView::periods)
			.orElse(List.of());
	}

	List<ThemeView> themes() {
		return this.taxonomy.themes();
	}

}
