package org.sinosoviet.timeline.dataset;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the start-up validator over the real data, so that CI fails on bad data with the
 * same report a curator would see.
 */
class DatasetFilesTests {

	@Test
	void realDataHasNoProblems() {
		DatasetLoader.Checked checked = DatasetLoader.check(Path.of("data"));
		assertThat(checked.problems()).as(() -> "\n" + DatasetInvalidException.report(checked.problems())).isEmpty();
		assertThat(checked.dataset().events()).hasSizeGreaterThanOrEqualTo(12);
	}

}
