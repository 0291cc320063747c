package org.sinosoviet.timeline.dataset;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sinosoviet.timeline.TimelineApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application in its own JVM, on the test class path, with its output in a log
 * file.
 */
final class AppProcess {

	private AppProcess() {
	}

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration WAIT = Duration.ofMinutes(3);

	static Process start(String classPath, Path log, String... args) throws IOException {
		return start(TimelineApplication.class, classPath, log, args);
	}

	static Process start(Class<?> main, String classPath, Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List
			.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, main.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * Waits up to three minutes for the log to satisfy the condition, failing if the app
	 * exits first.
	 */
	static String awaitLog(Path log, Process process, Predicate<String> condition) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			String output = read(log);
			if (condition.test(output)) {
				return output;
			}
			assertThat(process.isAlive()).as("the app exited:%n%s", output).isTrue();
			Thread.sleep(100);
		}
		throw new AssertionError("the log never showed what was expected:\n" + read(log));
	}

	static int count(String output, String text) {
		return output.split(Pattern.quote(text), -1).length - 1;
	}

	/**
	 * The port the app last started on.
	 */
	static int lastPort(String output) {
		Matcher matcher = PORT.matcher(output);
		int port = -1;
		while (matcher.find()) {
			port = Integer.parseInt(matcher.group(1));
		}
		assertThat(port).as("the port in:%n%s", output).isPositive();
		return port;
	}

	/**
	 * Stops the app as a service manager does, with SIGTERM, and kills it if it has not
	 * exited after 30 s.
	 */
	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
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
