package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sinosoviet.timeline.dataset.DatasetRecords.CitationData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.sinosoviet.timeline.dataset.DatasetRecords.EventData;
import org.sinosoviet.timeline.dataset.YamlRecord.Ref;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Breaks a copy of the real data in every way {@link DataMutations} knows and loads each
 * case the way start-up does: every case either loads, or fails with a list of
 * {@code file:line:col} problems and a count; never an exception, never a hang. Data that
 * loads is stored too, for a sample of cases, since what the check accepts the database
 * must hold. {@code -Dfuzz.seed} and {@code -Dfuzz.cases} explore further.
 */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatasetFuzzTests {

	static final long SEED = Long.getLong("fuzz.seed", 14);

	/** Cases of each kind that picks files and changes at random. */
	static final int CASES = Integer.getInteger("fuzz.cases", 12);

	/** Events in the sample of the real data the cases break. */
	static final int SAMPLE_EVENTS = 40;

	/** Stores of data that loaded, per kind. */
	static final int STORES = 2;

	/** Print every case and the start of its report, for exploring. */
	static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");

	static final Duration CASE_LIMIT = Duration.ofSeconds(10);

	private static final Pattern PROBLEM = Pattern.compile("[^\n]+?:[1-9]\\d*:[1-9]\\d*: [^\n]+");

	private static final Pattern LEAK = Pattern.compile("Exception|Error\\b|\\tat |\\bat (org|java|jdk|tools)\\.|"
			+ "tools\\.jackson|org\\.snakeyaml|\\[Source:|StreamReadConstraints|\\(StringReader\\)");

	private static final Pattern COUNT = Pattern.compile("(\\d+) problems? in the data\\.");

	@TempDir
	Path temp;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void everyBrokenDatasetLoadsOrGivesACleanProblemList() throws IOException {
		long started = System.nanoTime();
		Path data = sample(this.temp.resolve("data"));
		DatasetLoader.Checked baseline = DatasetLoader.check(data);
		assertThat(baseline.problems()).as("the sample of the real data loads as it is").isEmpty();
		DataMutations mutations = new DataMutations(data, this.temp.resolve("outside"), new Random(SEED));
		List<String> failures = new ArrayList<>();
		StringBuilder summary = new StringBuilder(String.format(
				"Dataset fuzzing, seed %d (-Dfuzz.seed), %d cases per random kind (-Dfuzz.cases), on a sample of "
						+ "the real data: %d events, %d sources, the vocabularies%n",
				SEED, CASES, baseline.dataset().events().size(), baseline.dataset().sources().size()));
		int[] total = new int[4];
		for (DataMutations.Kind kind : mutations.kinds(CASES)) {
			if (kind.skipped() != null) {
				summary.append(String.format("  %s: skipped: %s%n", kind.name(), kind.skipped()));
				continue;
			}
			long kindStarted = System.nanoTime();
			int[] counts = new int[4];
			int stores = 0;
			for (DataMutations.Case mutation : kind.cases()) {
				Outcome outcome = run(mutation, stores < STORES, (why) -> failures
					.add(String.format("%s: %s: %s (seed %d)", kind.name(), mutation.what, why, SEED)));
				counts[0]++;
				counts[outcome.ordinal() + 1]++;
				stores += (outcome == Outcome.LOADED) ? 1 : 0;
			}
			for (int i = 0; i < counts.length; i++) {
				total[i] += counts[i];
			}
			summary.append(line(kind.name(), counts, kindStarted));
		}
		summary.append(line("total", total, started));
		summary.append(String.format("  errors: %d%n", failures.size()));
		System.out.print(summary);
		assertThat(DatasetLoader.check(data).problems()).as("the sample once every case is put back").isEmpty();
		assertThat(failures).as("seed %d", SEED).isEmpty();
	}

	private static String line(String kind, int[] counts, long started) {
		return String.format("  %s: %d cases, %d loaded, %d rejected with problems, %d failures (%d ms)%n", kind,
				counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - started) / 1_000_000);
	}

	private Outcome run(DataMutations.Case mutation, boolean store, Consumer<String> failure) throws IOException {
		try {
			Path directory = mutation.apply();
			DatasetLoader.Checked checked = assertTimeoutPreemptively(CASE_LIMIT, () -> DatasetLoader.check(directory));
			if (checked.problems().isEmpty()) {
				if (VERBOSE) {
					System.out.println(mutation.what + "\n  loaded");
				}
				if (mutation.mustReject) {
					failure.accept("loaded, but this case must be rejected");
					return Outcome.FAILED;
				}
				if (store) {
					store(checked.dataset());
				}
				return Outcome.LOADED;
			}
			String report = DatasetInvalidException.report(checked.problems());
			if (VERBOSE) {
				System.out
					.println(mutation.what + "\n  " + report.lines().limit(4).collect(Collectors.joining("\n  ")));
			}
			String unclean = unclean(report, directory, checked.problems().size());
			if (unclean != null) {
				failure.accept(unclean + " in\n" + report);
				return Outcome.FAILED;
			}
			return Outcome.REJECTED;
		}
		catch (Throwable ex) {
			failure.accept(ex.toString());
			return Outcome.FAILED;
		}
		finally {
			mutation.restore();
		}
	}

	/**
	 * What is wrong with a report, or {@code null} if every line is a problem in a file
	 * of the data and the last line counts them.
	 */
	private static String unclean(String report, Path directory, int problems) {
		String[] lines = report.split("\n", -1);
		if (!COUNT.matcher(lines[lines.length - 1]).matches()
				|| !lines[lines.length - 1].startsWith(problems + " problem")) {
			return "no count of " + problems + " problems at the end";
		}
		if (lines.length != problems + 1) {
			return "a problem of more than one line";
		}
		for (int i = 0; i < problems; i++) {
			if (!PROBLEM.matcher(lines[i]).matches() || !lines[i].startsWith(directory.toString())) {
				return "not file:line:col: '" + lines[i] + "'";
			}
			if (LEAK.matcher(lines[i]).find()) {
				return "Java internals in '" + lines[i] + "'";
			}
		}
		return null;
	}

	private void store(Dataset dataset) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			new DatasetStore(this.entityManager).store(dataset);
			this.entityManager.flush();
			status.setRollbackOnly();
		});
		this.entityManager.clear();
	}

	/**
	 * A copy of a sample of the real data that is whole on its own: every vocabulary
	 * file, some events and the events they relate to, and the sources all of them (and
	 * the places' coordinates) cite.
	 */
	static Path sample(Path target) throws IOException {
		Path real = Path.of("data");
		Dataset dataset = DatasetLoader.check(real).dataset();
		Map<String, EventData> byId = new HashMap<>();
		for (EventData event : dataset.events()) {
			byId.put(event.id(), event);
			event.aliases().forEach((alias) -> byId.put(alias.id(), event));
		}
		// Events whose related events, and theirs, keep the sample small.
		List<EventData> shuffled = new ArrayList<>(dataset.events());
		Collections.shuffle(shuffled, new Random(SEED));
		Set<EventData> events = new LinkedHashSet<>();
		for (EventData event : shuffled) {
			Set<EventData> closure = new LinkedHashSet<>(events);
			Deque<EventData> next = new ArrayDeque<>(List.of(event));
			while (!next.isEmpty() && closure.size() <= SAMPLE_EVENTS) {
				EventData each = next.pop();
				if (closure.add(each)) {
					each.related().stream().map((related) -> byId.get(related.id())).forEach(next::add);
				}
			}
			if (closure.size() <= SAMPLE_EVENTS) {
				events = closure;
			}
		}
		Set<String> cited = new LinkedHashSet<>();
		events.forEach((event) -> event.claims()
			.forEach((claim) -> claim.citations().forEach((citation) -> cited.add(citation.source().id()))));
		dataset.schemes().forEach((scheme) -> {
			cite(cited, scheme.citations());
			scheme.periods().forEach((period) -> cite(cited, period.citations()));
		});
		dataset.coordinates().forEach((located) -> cited.add(located.source().source().id()));
		dataset.outlines().forEach((outline) -> cited.add(outline.source().id()));
		for (String file : List.of("themes.yaml", "actors.yaml", "places.yaml", "periods.yaml")) {
			copy(real.resolve(file), target.resolve(file));
		}
		for (EventData event : events) {
			copy(Path.of(event.spot().file()), target.resolve(real.relativize(Path.of(event.spot().file()))));
		}
		for (String source : cited) {
			copy(real.resolve("sources").resolve(source + ".yaml"),
					target.resolve("sources").resolve(source + ".yaml"));
		}
		return target;
	}

	private static void cite(Set<String> cited, List<CitationData> citations) {
		citations.stream().map(CitationData::source).map(Ref::id).forEach(cited::add);
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
	}

	enum Outcome {

		LOADED, REJECTED, FAILED

	}

}
