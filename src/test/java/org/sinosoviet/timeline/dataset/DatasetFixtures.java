package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Builds data directories for tests: the valid fixture, with one rule's files laid over
 * it.
 */
final class DatasetFixtures {

	static final Path ROOT = Path.of("src/test/resources/dataset");

	private DatasetFixtures() {
	}

	static Path valid() {
		return ROOT.resolve("valid");
	}

	/**
	 * A copy of the valid fixture with the files of {@code rules/<rule>} laid over it.
	 */
	static Path withRule(String rule, Path target) {
		copy(valid(), target);
		copy(ROOT.resolve("rules").resolve(rule), target);
		return target;
	}

	static void copy(Path from, Path to) {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path destination = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
