package org.sinosoviet.timeline.dataset;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the app in its own JVM as {@code ./mvnw spring-boot:run} does, with DevTools and
 * the dev profile, and walks the curator's loop: a save of bad data prints the problem
 * list and leaves the app waiting, not exited, and the save that fixes it brings the app
 * back with the new data.
 */
class CuratorLoopIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void badDataListsItsProblemsAndTheNextGoodSaveRecovers() throws Exception {
		Path data = this.temp.resolve("data");
		DatasetFixtures.copy(DatasetFixtures.valid(), data);
		Path event = data.resolve("events/1950/1950-02-14-treaty.yaml");
		String original = Files.readString(event);
		Path log = this.temp.resolve("out.log");
		Process process = AppProcess.start(AppProcess.classPath(), log, "--spring.profiles.active=dev",
				"--timeline.data-dir=" + data, "--server.port=0", "--server.address=127.0.0.1");
		try {
			AppProcess.awaitLog(log, process, (output) -> AppProcess.count(output, "Started TimelineApplication") == 1);
			assertThat(AppProcess.read(log)).doesNotContain("LiveReload server is running");

			Files.writeString(event, original + "sumary: a misspelt key\n");
			String failed = AppProcess.awaitLog(log, process, (output) -> output.contains("1 problem in the data."));
			assertThat(failed).contains("APPLICATION FAILED TO START")
				.contains("1950-02-14-treaty.yaml:20:1: sumary: unknown key 'sumary'; did you mean 'summary'?")
				.doesNotContain("\tat ");
			Thread.sleep(1000);
			assertThat(process.isAlive()).as("the app should wait for the next save:%n%s", AppProcess.read(log))
				.isTrue();

			Files.writeString(event, original.replace("Treaty of friendship signed", "Treaty of friendship, fixed"));
			String recovered = AppProcess.awaitLog(log, process,
					(output) -> AppProcess.count(output, "Started TimelineApplication") == 2);
			assertThat(get(AppProcess.lastPort(recovered), "/api/events/1950-02-14-treaty"))
				.contains("\"title\":\"Treaty of friendship, fixed\"");
			// The app as itself, and each restart, reads its data before its context
			// starts.
			assertThat(AppProcess.count(recovered, "(in the background, from before the context: ")).isEqualTo(2);
		}
		finally {
			AppProcess.stop(process);
		}
	}

	private static String get(int port, String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
