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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.sinosoviet.timeline.DatasetVersion;
import org.sinosoviet.timeline.TimelineProperties;
import org.sinosoviet.timeline.dataset.DatasetRecords.ClaimData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.springframework.beans.factory.ObjectProvider;
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

	private final DatasetVersion version;

	private final CompletableFuture<Stored> stored;

	private final boolean readAhead;

	DatasetLoader(TimelineProperties properties, EntityManager entityManager, TransactionTemplate transaction,
			DatasetVersion version, ObjectProvider<Reading> early) {
		this.version = version;
		// Reading, checking, building and deriving need no database, so they run on a
		// thread of their own while Hibernate builds the persistence unit and the rest of
		// the context starts: on 2 cores that takes them off start-up's critical path.
		// Only storing waits for the database. When the app runs as itself, the read
		// began even earlier, before the context did (DatasetReadAhead): this bean is
		// made only after the web server and many others.
		Path directory = Path.of(properties.dataDir());
		Reading reading = early.getIfAvailable();
		this.readAhead = reading != null && reading.directory().equals(directory);
		CompletableFuture<Read> read = (this.readAhead ? reading : start(directory)).read();
		// Storing starts as soon as the read is done, on a thread of its own: it waits
		// for the persistence unit there, and then runs while the rest of the context is
		// still being made. Start-up waits for it before the web server starts.
		this.stored = read.thenApplyAsync((done) -> store(done, transaction, entityManager),
				(task) -> daemon(task, "dataset-store"));
	}

	private static Stored store(Read read, TransactionTemplate transaction, EntityManager entityManager) {
		if (!read.checked().problems().isEmpty()) {
			return new Stored(read, null);
		}
		return new Stored(read,
				transaction.execute((status) -> new DatasetStore(entityManager).store(read.prepared())));
	}

	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Start reading, checking, building and deriving a data directory in the background.
	 * @param directory the data directory
	 * @return the read under way
	 */
	static Reading start(Path directory) {
		CompletableFuture<Read> read = CompletableFuture.supplyAsync(() -> read(directory),
				(task) -> daemon(task, "dataset-check"));
		return new Reading(directory, read);
	}

	private static Read read(Path directory) {
		long started = System.nanoTime();
		Checked checked = check(directory);
		if (!checked.problems().isEmpty()) {
			return new Read(checked, null, null, millis(started, System.nanoTime()));
		}
		long checkedAt = System.nanoTime();
		DatasetStore.Prepared prepared = DatasetStore.prepare(checked.dataset());
		return new Read(checked, prepared, version(directory), millis(started, checkedAt));
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
		Stored stored = await(this.stored);
		Read read = stored.read();
		Checked checked = read.checked();
		if (!checked.problems().isEmpty()) {
			throw new DatasetInvalidException(checked.problems());
		}
		long waited = millis(started, System.nanoTime());
		Dataset dataset = checked.dataset();
		DatasetStore.Timings timings = stored.timings();
		this.version.set(read.version());
		long claims = dataset.events().stream().mapToLong((event) -> event.claims().size()).sum();
		logger.info(String.format(
				"Loaded %d events, %d claims, %d sources and %d disputes from %d files "
						+ "(in the background%s: read and check %d ms, build %d ms, derive %d ms, "
						+ "then %d ms for the database and storing; start-up waited %d ms for them)",
				dataset.events().size(), claims, dataset.sources().size(), disputes(dataset), dataset.files(),
				this.readAhead ? ", from before the context" : "", read.millis(), timings.build(), timings.derive(),
				timings.store(), waited));
	}

	private static <T> T await(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
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

	/**
	 * The records read from a data directory, and the problems found in them.
	 */
	record Checked(Dataset dataset, List<Problem> problems) {

	}

	/**
	 * A read of a data directory under way.
	 *
	 * @param directory the data directory
	 * @param read what it will find
	 */
	record Reading(Path directory, CompletableFuture<Read> read) {

	}

	/**
	 * What the background store did: nothing when the read found problems.
	 *
	 * @param read what the read found
	 * @param timings how long each step took, when it stored
	 */
	private record Stored(Read read, DatasetStore.@Nullable Timings timings) {

	}

	/**
	 * What the background read found, with the data's version when it is valid.
	 */
	record Read(Checked checked, DatasetStore.Prepared prepared, String version, long millis) {

	}

}
