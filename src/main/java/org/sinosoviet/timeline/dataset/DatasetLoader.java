package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.sinosoviet.timeline.TimelineProperties;
import org.sinosoviet.timeline.dataset.DatasetRecords.CitationData;
import org.sinosoviet.timeline.dataset.DatasetRecords.ClaimData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.sinosoviet.timeline.dataset.DatasetRecords.EventData;
import org.sinosoviet.timeline.dataset.DatasetRecords.NamedData;
import org.sinosoviet.timeline.dataset.DatasetRecords.PeriodData;
import org.sinosoviet.timeline.dataset.DatasetRecords.SchemeData;
import org.sinosoviet.timeline.dataset.DatasetRecords.SourceData;
import org.sinosoviet.timeline.event.Claim;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.TimelineQuery;
import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.Actor;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Place;
import org.sinosoviet.timeline.taxonomy.Theme;
import org.sinosoviet.timeline.DatasetVersion;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the data directory into the database once all beans exist and before the web
 * server starts, so that nothing is served half-loaded. Any problem stops start-up with
 * the complete list.
 */
@Component
class DatasetLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(DatasetLoader.class);

	private final TimelineProperties properties;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final TimelineQuery query;

	private final DatasetVersion version;

	DatasetLoader(TimelineProperties properties, EntityManager entityManager, TransactionTemplate transaction,
			TimelineQuery query, DatasetVersion version) {
		this.properties = properties;
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.query = query;
		this.version = version;
	}

	/**
	 * Read and check a data directory without loading it.
	 * @param directory the data directory
	 * @return the records read and every problem found
	 */
	static Checked check(Path directory) {
		DatasetReader reader = new DatasetReader(directory);
		Dataset dataset = reader.read();
		List<Problem> problems = new ArrayList<>(reader.problems());
		new DatasetValidator(problems).validate(dataset);
		return new Checked(dataset, problems);
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		Checked checked = check(Path.of(this.properties.dataDir()));
		if (!checked.problems().isEmpty()) {
			throw new DatasetInvalidException(checked.problems());
		}
		long checkedAt = System.nanoTime();
		Dataset dataset = checked.dataset();
		Stored stored = this.transaction.execute((status) -> persist(dataset));
		long storedAt = System.nanoTime();
		// The stored entities are complete in memory: index them without reading them
		// back.
		this.query.rebuild(stored.events(), List.copyOf(stored.sources().values()), stored.schemes(),
				List.copyOf(stored.themes().values()), List.copyOf(stored.actors().values()),
				List.copyOf(stored.places().values()));
		this.version.set(version(Path.of(this.properties.dataDir())));
		long done = System.nanoTime();
		long claims = dataset.events().stream().mapToLong((event) -> event.claims().size()).sum();
		logger.info(String.format(
				"Loaded %d events, %d claims, %d sources and %d disputes from %d files in %d ms "
						+ "(read and check %d ms, store %d ms, index %d ms)",
				dataset.events().size(), claims, dataset.sources().size(), disputes(dataset), dataset.files(),
				millis(started, done), millis(started, checkedAt), millis(checkedAt, storedAt),
				millis(storedAt, done)));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/**
	 * A short hash of every data file's path and bytes: it changes whenever the data
	 * does.
	 */
	static String version(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				digest.update(directory.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(path));
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long disputes(Dataset dataset) {
		return dataset.events()
			.stream()
			.mapToLong((event) -> event.claims()
				.stream()
				.map(ClaimData::dispute)
				.filter(Objects::nonNull)
				.distinct()
				.count())
			.sum();
	}

	private Stored persist(Dataset dataset) {
		Map<String, Source> sources = index(dataset.sources(), SourceData::id, this::source);
		Map<String, Theme> themes = new HashMap<>();
		for (int i = 0; i < dataset.themes().size(); i++) {
			var data = dataset.themes().get(i);
			themes.put(data.id(), save(new Theme(data.id(), data.title(), data.description(), i)));
		}
		Map<String, Actor> actors = index(dataset.actors(), NamedData::id,
				(data) -> new Actor(data.id(), data.name(), data.kind(), data.description(), data.names()));
		Map<String, Place> places = index(dataset.places(), NamedData::id,
				(data) -> new Place(data.id(), data.name(), data.kind(), data.description(), data.names()));
		Map<String, Period> periods = new HashMap<>();
		List<PeriodScheme> schemes = new ArrayList<>();
		for (int i = 0; i < dataset.schemes().size(); i++) {
			SchemeData data = dataset.schemes().get(i);
			PeriodScheme scheme = save(new PeriodScheme(data.id(), data.title(), data.description(), data.isDefault(),
					i, citations(data.citations(), sources)));
			schemes.add(scheme);
			for (int j = 0; j < data.periods().size(); j++) {
				PeriodData period = data.periods().get(j);
				Period entity = save(new Period(period.id(), scheme, period.title(), period.start(), period.end(),
						period.description(), j, citations(period.citations(), sources)));
				scheme.getPeriods().add(entity);
				periods.put(period.id(), entity);
			}
		}
		List<Event> events = new ArrayList<>();
		for (EventData data : dataset.events()) {
			Event event = new Event(data.id(), data.title(), data.date(), data.context(),
					periods.get(data.period().id()));
			event.setSummary(data.summary());
			event.setSignificance(data.significance());
			data.themes().forEach((ref) -> event.getThemes().add(themes.get(ref.id())));
			data.actors().forEach((ref) -> event.getActors().add(actors.get(ref.id())));
			data.places().forEach((ref) -> event.getPlaces().add(places.get(ref.id())));
			data.aliases().forEach((ref) -> event.getAliases().add(ref.id()));
			data.related().forEach((ref) -> event.getRelated().add(ref.id()));
			for (ClaimData claim : data.claims()) {
				event.addClaim(new Claim(claim.id(), claim.text(), claim.rank(), claim.reason(), claim.dispute(),
						citations(claim.citations(), sources)));
			}
			events.add(save(event));
		}
		return new Stored(sources, themes, actors, places, schemes, events);
	}

	private Source source(SourceData data) {
		Source source = new Source(data.id(), data.type(), data.title());
		source.setAuthors(data.authors());
		source.setContainer(data.container());
		source.setPublisher(data.publisher());
		source.setVolume(data.volume());
		source.setIssue(data.issue());
		source.setPages(data.pages());
		source.setDate(data.date());
		source.setUrl(data.url());
		source.setDoi(data.doi());
		source.setIsbn(data.isbn());
		source.setAccessed(data.accessed());
		source.setReliability(data.reliability());
		return source;
	}

	private List<Citation> citations(List<CitationData> citations, Map<String, Source> sources) {
		return citations.stream()
			.map((citation) -> new Citation(sources.get(citation.source().id()), citation.locator()))
			.toList();
	}

	private <D, E> Map<String, E> index(List<D> records, Function<D, String> id, Function<D, E> entity) {
		return records.stream().collect(Collectors.toMap(id, (record) -> save(entity.apply(record))));
	}

	private <E> E save(E entity) {
		this.entityManager.persist(entity);
		return entity;
	}

	/**
	 * The entities stored, complete in memory.
	 */
	private record Stored(Map<String, Source> sources, Map<String, Theme> themes, Map<String, Actor> actors,
			Map<String, Place> places, List<PeriodScheme> schemes, List<Event> events) {

	}

	/**
	 * The records read from a data directory, and the problems found in them.
	 */
	record Checked(Dataset dataset, List<Problem> problems) {

	}

}
