package org.sinosoviet.timeline.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * Loads a fixture dataset into the database of a JPA test the way the app does at
 * start-up: checked first, then built, derived and stored. Inside a test transaction the
 * load is rolled back with the test.
 */
public final class TestDatasets {

	/** The fixture that the API's acceptance tests describe: 11 events. */
	public static final Path API = DatasetFixtures.ROOT.resolve("api");

	private TestDatasets() {
	}

	/**
	 * Check a fixture directory and store it.
	 * @param entityManager the test's entity manager, in a transaction
	 * @param directory the fixture's data directory
	 * @throws AssertionError listing every problem, if the fixture has any
	 */
	public static void load(EntityManager entityManager, Path directory) {
		DatasetLoader.Checked checked = DatasetLoader.check(directory);
		List<Problem> problems = checked.problems();
		if (!problems.isEmpty()) {
			throw new AssertionError(problems.size() + " problem(s) in fixture " + directory + ":\n"
					+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		}
		new DatasetStore(entityManager).store(checked.dataset());
	}

}
