package org.sinosoviet.timeline.dataset;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sinosoviet.timeline.TimelineApplication;

/**
 * Starts the application in its own JVM, on the test class path, with its output in a log
 * file.
 */
final class AppProcess {

	private AppProcess() {
	}

	static Process start(String classPath, Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
						TimelineApplication.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * The test class path, with DevTools as under {@code ./mvnw spring-boot:run}.
	 */
	static String classPath() {
		return System.getProperty("java.class.path");
	}

	/**
	 * The test class path without DevTools, as the repackaged jar leaves it out.
	 */
	static String classPathOfTheJar() {
		return Stream.of(classPath().split(File.pathSeparator))
			.filter((entry) -> !entry.contains("spring-boot-devtools"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	static String read(Path log) throws IOException {
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

}
