package org.sinosoviet.timeline.dataset;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real application in its own JVM on data with four planted problems, as a
 * curator would, and checks that it refuses to start with the whole list and no stack
 * trace.
 */
class StartupFailureIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void refusesToStartAndListsEveryProblem() throws Exception {
		Path data = this.temp.resolve("data");
		DatasetFixtures.copy(DatasetFixtures.valid(), data);
		DatasetFixtures.copy(DatasetFixtures.ROOT.resolve("planted"), data);
		Path log = this.temp.resolve("out.log");
		// Without DevTools, as in the jar: with it, a failed first start exits with 0.
		Process process = AppProcess.start(AppProcess.classPathOfTheJar(), log, "--timeline.data-dir=" + data,
				"--server.port=0");
		boolean exited = process.waitFor(3, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly();
		}
		String output = AppProcess.read(log);
		assertThat(exited).as("the app should exit, but it kept running:%n%s", output).isTrue();
		assertThat(process.exitValue()).as(output).isNotZero();
		String events = data + File.separator + "events" + File.separator;
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(events
					+ "1950/1950-02-14-treaty.yaml:5:10: themes[0]: unknown theme 'aliance'; themes are the ids in data/themes.yaml")
			.contains(
					events + "1969/1969-03-02-zhenbao.yaml:7:1: sumary: unknown key 'sumary'; did you mean 'summary'?")
			.contains(events
					+ "1945/1945-08-14-old-treaty.yaml:3:7: date: '1945-08-32' is not a valid date: day 32 does not exist")
			.contains(events + "1950/1950-06-25-korea.yaml:1:1: claims: is missing; add a list of claims")
			.contains("4 problems in the data.")
			.doesNotContain("\tat ")
			.doesNotContain("Started TimelineApplication");
	}

}
