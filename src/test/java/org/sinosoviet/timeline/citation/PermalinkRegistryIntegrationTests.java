package org.sinosoviet.timeline.citation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every id in {@code data/permalinks.txt} still resolves on the real app over the curated
 * data, and every event file's id is registered. The configuration is the page tests'
 * ({@code RunningAppTest}), so the running app is shared with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "timeline.data-dir=${timeline.test.data-dir:data}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermalinkRegistryIntegrationTests {

	@LocalServerPort
	int port;

	@Value("${timeline.data-dir}")
	String dataDir;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	void curatedData() {
		assumeThat(Path.of(this.dataDir).normalize()).as("the registry describes data/").isEqualTo(Path.of("data"));
	}

	@Test
	void everyRegisteredIdStillResolves() {
		List<String> ids = PermalinkRegistry.ids(PermalinkRegistry.FILE);
		assertThat(ids).isNotEmpty().doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
		assertThat(PermalinkRegistry.problems(ids, this::answer)).as("registered ids that no longer resolve").isEmpty();
	}

	@Test
	void everyEventFileIsRegistered() throws IOException {
		List<String> registered = PermalinkRegistry.ids(PermalinkRegistry.FILE);
		try (Stream<Path> files = Files.walk(Path.of("data/events"))) {
			List<String> missing = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yaml"))
				.map((name) -> name.substring(0, name.length() - ".yaml".length()))
				.filter((id) -> !registered.contains(id))
				.sorted()
				.toList();
			assertThat(missing).as("event ids missing from data/permalinks.txt: append each on its own line at the end")
				.isEmpty();
		}
	}

	private PermalinkRegistry.Answer answer(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		try {
			HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
			return new PermalinkRegistry.Answer(response.statusCode(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
