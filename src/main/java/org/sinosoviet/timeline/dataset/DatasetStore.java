package org.sinosoviet.timeline.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.sinosoviet.timeline.dataset.DatasetRecords.CitationData;
import org.sinosoviet.timeline.dataset.DatasetRecords.ClaimData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.sinosoviet.timeline.dataset.DatasetRecords.EventData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Located;
import org.sinosoviet.timeline.dataset.DatasetRecords.PeriodData;
import org.sinosoviet.timeline.dataset.DatasetRecords.SchemeData;
import org.sinosoviet.timeline.event.Claim;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.EventDerivation;
import org.sinosoviet.timeline.event.EventText;
import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.Actor;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Place;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * Turns a checked dataset into entities, resolving every reference, derives what can be
 * computed once ({@link EventDerivation}), and stores it all. Call it inside a
 * transaction, with a dataset that has no problems.
 */
final class DatasetStore {

	private final EntityManager entityManager;

	DatasetStore(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Build, derive and store.
	 * @param dataset a dataset with no problems
	 * @return how long each step took
	 */
	Timings store(Dataset dataset) {
		return store(prepare(dataset));
	}

	/**
	 * Build and derive: everything but the database, so it may run on any thread, before
	 * the persistence unit is ready.
	 * @param dataset a dataset with no problems
	 * @return the entities to store
	 */
	static Prepared prepare(Dataset dataset) {
		long started = System.nanoTime();
		Map<String, Source> sources = entities(dataset.sources());
		Map<String, Theme> themes = entities(dataset.themes());
		Map<String, Actor> actors = entities(dataset.actors());
		Map<String, Place> places = entities(dataset.places());
		dataset.coordinates()
			.forEach((located) -> places.get(located.place())
				.locate(located.latitude(), located.longitude(),
						new Citation(sources.get(located.source().source().id()), located.source().locator())));
		dataset.outlines()
			.forEach((outline) -> places.get(outline.place())
				.outline(outline.features(),
						new Citation(sources.get(outline.source().id()),
								((outline.features().size() == 1) ? "feature: " : "features: ")
										+ String.join(", ", outline.features()))));
		Map<String, Period> periods = new HashMap<>();
		List<PeriodScheme> schemes = new ArrayList<>();
		for (int i = 0; i < dataset.schemes().size(); i++) {
			SchemeData data = dataset.schemes().get(i);
			PeriodScheme scheme = new PeriodScheme(data.id(), data.title(), data.description(), data.isDefault(), i,
					citations(data.citations(), sources));
			schemes.add(scheme);
			for (int j = 0; j < data.periods().size(); j++) {
				PeriodData period = data.periods().get(j);
				Period entity = new Period(period.id(), scheme, period.title(), period.start(), period.end(),
						period.description(), j, citations(period.citations(), sources));
				scheme.getPeriods().add(entity);
				periods.put(period.id(), entity);
			}
		}
		Map<String, Event> events = new LinkedHashMap<>();
		for (EventData data : dataset.events()) {
			Event event = new Event(data.id(), data.title(), data.date(), data.context(),
					periods.get(data.period().id()));
			event.setSummary(data.summary());
			event.setSignificance(data.significance());
			event.setImportance(data.importance());
			data.themes().forEach((ref) -> event.getThemes().add(themes.get(ref.id())));
			data.actors().forEach((ref) -> event.getActors().add(actors.get(ref.id())));
			data.places().forEach((ref) -> event.getPlaces().add(places.get(ref.id())));
			data.aliases().forEach((ref) -> event.getAliases().add(ref.id()));
			for (ClaimData claim : data.claims()) {
				Claim entity = new Claim(claim.id(), claim.text(), claim.rank(), claim.reason(), claim.dispute(),
						claim.verdict(), citations(claim.citations(), sources));
				entity.setAboutSignificance(claim.significance());
				event.addClaim(entity);
			}
			events.put(event.getId(), event);
		}
		for (EventData data : dataset.events()) {
			data.related().forEach((ref) -> events.get(data.id()).getRelated().add(events.get(ref.id())));
		}
		long built = System.nanoTime();
		List<EventText> texts = EventDerivation.derive(List.copyOf(events.values()), sources.values(), schemes,
				themes.values(), actors.values(), places.values());
		long derived = System.nanoTime();
		List<List<?>> entities = List.of(List.copyOf(sources.values()), List.copyOf(themes.values()),
				List.copyOf(actors.values()), List.copyOf(places.values()), schemes, List.copyOf(periods.values()),
				List.copyOf(events.values()), texts);
		return new Prepared(entities, millis(started, built), millis(built, derived));
	}

	/**
	 * Store what {@link #prepare(Dataset)} built.
	 * @param prepared the entities, in the order they reference each other
	 * @return how long each step took
	 */
	Timings store(Prepared prepared) {
		long started = System.nanoTime();
		prepared.entities().forEach((entities) -> entities.forEach(this.entityManager::persist));
		this.entityManager.flush();
		return new Timings(prepared.build(), prepared.derive(), millis(started, System.nanoTime()));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static <E> Map<String, E> entities(List<Located<E>> records) {
		Map<String, E> entities = new LinkedHashMap<>();
		records.forEach((record) -> entities.put(record.id(), record.entity()));
		return entities;
	}

	private static List<Citation> citations(List<CitationData> citations, Map<String, Source> sources) {
		return citations.stream()
			.map((citation) -> new Citation(sources.get(citation.source().id()), citation.locator()))
			.toList();
	}

	/**
	 * How long each step took, in milliseconds.
	 *
	 * @param build resolving references into entities
	 * @param derive computing derived data
	 * @param store writing to the database
	 */
	record Timings(long build, long derive, long store) {

	}

	/**
	 * Entities built and derived, not yet stored.
	 *
	 * @param entities lists of entities, each referencing only those of earlier lists
	 * @param build milliseconds spent resolving references
	 * @param derive milliseconds spent deriving
	 */
	record Prepared(List<List<?>> entities, long build, long derive) {

	}

}
