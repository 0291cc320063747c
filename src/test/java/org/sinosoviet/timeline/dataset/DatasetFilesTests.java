package org.sinosoviet.timeline.dataset;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the start-up validator over the real data, so that CI fails on bad data with the
 * same report a curator would see, then prints the coverage report and holds the dataset
 * to its coverage targets.
 */
class DatasetFilesTests {

	static DatasetLoader.Checked checked;

	@BeforeAll
	static void check() {
		checked = DatasetLoader.check(Path.of("data"));
	}

	@Test
	void realDataHasNoProblems() {
		assertThat(checked.problems()).as(() -> "\n" + DatasetInvalidException.report(checked.problems())).isEmpty();
	}

	@Test
	void realDataMeetsItsCoverageTargets() {
		DatasetReport report = DatasetReport.of(checked.dataset());
		System.out.println(report);
		assertThat(report.events()).as("events within 1949–1976").isGreaterThanOrEqualTo(150);
		assertThat(report.fewestPerYear()).as("events in the leanest year: %s", report.perYear())
			.isGreaterThanOrEqualTo(2);
		assertThat(report.perTheme()).as("every theme is used")
			.allSatisfy((theme, count) -> assertThat(count).isPositive());
		assertThat(report.independentShare()).as("share of events citing more than the founding documents")
			.isGreaterThanOrEqualTo(0.9);
		assertThat(report.uncited()).as("sources that nothing cites").isEmpty();
	}

}
