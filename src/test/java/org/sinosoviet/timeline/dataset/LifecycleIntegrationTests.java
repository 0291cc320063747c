package org.sinosoviet.timeline.dataset;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sinosoviet.timeline.TimelineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's life in its own JVM, as a service manager sees it: the readiness probe
 * answers UP only once the data has loaded (the server does not even listen before), and
 * on SIGTERM a request in flight still gets its whole answer before the app exits.
 */
class LifecycleIntegrationTests {

	static final String SLOW = "/test/slow";

	@TempDir
	Path temp;

	@Test
	void readyOnlyOnceLoadedAndFinishesRequestsInFlightOnShutdown() throws Exception {
		Path log = this.temp.resolve("out.log");
		Process process = AppProcess.start(SlowRequestApplication.class, AppProcess.classPathOfTheJar(), log,
				"--timeline.data-dir=src/test/resources/dataset/api", "--server.port=0", "--server.address=127.0.0.1");
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			String started = AppProcess.awaitLog(log, process,
					(output) -> output.contains("Readiness: ACCEPTING_TRAFFIC"));
			int port = AppProcess.lastPort(started);
			assertThat(started.indexOf("Loaded ")).as(started).isPositive();
			assertThat(started.indexOf("Tomcat started on port")).as("the server listens only after the load")
				.isGreaterThan(started.indexOf("Loaded "));
			assertThat(started.indexOf("Readiness: ACCEPTING_TRAFFIC")).as("ready only after the server listens")
				.isGreaterThan(started.indexOf("Tomcat started on port"));
			HttpResponse<String> ready = get(client, port, "/actuator/health/readiness");
			assertThat(ready.statusCode()).isEqualTo(200);
			assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");

			CompletableFuture<HttpResponse<String>> slow = client.sendAsync(request(port, SLOW),
					HttpResponse.BodyHandlers.ofString());
			AppProcess.awaitLog(log, process, (output) -> output.contains("Slow request started"));
			long stopping = System.nanoTime();
			process.destroy();
			HttpResponse<String> finished = slow.get(30, TimeUnit.SECONDS);
			assertThat(finished.statusCode()).isEqualTo(200);
			assertThat(finished.body()).isEqualTo("finished");
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the app exits").isTrue();
			long took = (System.nanoTime() - stopping) / 1_000_000;
			String output = AppProcess.read(log);
			assertThat(output).contains("Readiness: REFUSING_TRAFFIC")
				.contains("Commencing graceful shutdown. Waiting for active requests to complete")
				.contains("Graceful shutdown complete")
				.doesNotContain("Graceful shutdown aborted");
			assertThat(output.indexOf("Readiness: REFUSING_TRAFFIC")).as("unready before the server stops")
				.isLessThan(output.indexOf("Commencing graceful shutdown"));
			List<String> refused = new ArrayList<>();
			try {
				get(client, port, "/actuator/health/readiness");
			}
			catch (ConnectException ex) {
				refused.add("refused");
			}
			assertThat(refused).as("no connections once stopped").hasSize(1);
			System.out.println("Lifecycle: readiness UP after the data loaded; a request in flight at SIGTERM "
					+ "finished with 200 and the app exited " + took + " ms after the signal; errors: 0");
		}
		finally {
			AppProcess.stop(process);
		}
	}

	private static HttpRequest request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
		return client.send(request(port, path), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The app with one slow endpoint, and its readiness changes printed. Not a component:
	 * only this main method adds it, so no other test context sees it.
	 */
	static class SlowRequestApplication {

		public static void main(String[] args) {
			SpringApplication application = new SpringApplication(TimelineApplication.class,
					SlowRequestApplication.class);
			application.addListeners((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> System.out
				.println(event.getState().getClass().getSimpleName().replace("State", "") + ": " + event.getState()));
			application.run(args);
		}

		@Bean
		RouterFunction<ServerResponse> slowRequest() {
			return RouterFunctions.route().GET(SLOW, (request) -> {
				System.out.println("Slow request started");
				Thread.sleep(3000);
				return ServerResponse.ok().body("finished");
			}).build();
		}

	}

}
