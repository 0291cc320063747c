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
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.sinosoviet.timeline.DatasetVersion;
import org.sinosoviet.timeline.TimelineProperties;
import org.sinosoviet.timeline.dataset.DatasetRecords.ClaimData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
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

	private final DatasetVersion version;

	DatasetLoader(TimelineProperties properties, EntityManager entityManager, TransactionTemplate transaction,
			DatasetVersion version) {
		this.properties = properties;
		this.entityManager = entityManager;
		this.transaction = transaction;
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
		DatasetStore.Timings timings = this.transaction
			.execute((status) -> new DatasetStore(this.entityManager).store(dataset));
		this.version.set(version(Path.of(this.properties.dataDir())));
		long done = System.nanoTime();
		long claims = dataset.events().stream().mapToLong((event) -> event.claims().size()).sum();
		logger.info(String.format(
				"Loaded %d events, %d claims, %d sources and %d disputes from %d files in %d ms "
						+ "(read and check %d ms, build %d ms, derive %d ms, store %d ms)",
				dataset.events().size(), claims, dataset.sources().size(), disputes(dataset), dataset.files(),
				millis(started, done), millis(started, checkedAt), timings.build(), timings.derive(), timings.store()));
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

}
