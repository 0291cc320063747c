package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health endpoint for probes: liveness and readiness, no details, never cached, and
 * nothing else of Actuator's. {@code LifecycleIntegrationTests} shows that readiness
 * waits for the data and ends with shutdown.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
class HealthIntegrationTests extends ApiHttpTests {

	static final List<String> PROBES = List.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	@Autowired
	ApplicationContext context;

	@Test
	void probesAnswerUpWithNoDetailsAndAreNeverCached() {
		for (String path : PROBES) {
			for (String accept : List.of("application/json", "*/*")) {
				HttpResponse<byte[]> response = this.http.get(path, "Accept", accept);
				String what = path + " " + accept;
				assertThat(response.statusCode()).as(what).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).contains("json");
				assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(what)
					.isIn("{\"status\":\"UP\"}", "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
				assertThat(response.headers().allValues("Cache-Control")).as(what).containsExactly("no-store");
				assertThat(response.headers().firstValue("ETag")).as(what).isEmpty();
			}
		}
	}

	@Test
	void readinessFollowsTheApplicationsState() {
		try {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
			HttpResponse<byte[]> refusing = this.http.get("/actuator/health/readiness");
			assertThat(refusing.statusCode()).isEqualTo(503);
			assertThat(new String(refusing.body(), StandardCharsets.UTF_8))
				.isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
			assertThat(refusing.headers().allValues("Cache-Control")).containsExactly("no-store");
			assertThat(this.http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(this.http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void exposesNothingElse() {
		for (String path : List.of("/actuator", "/actuator/", "/actuator/info", "/actuator/env", "/actuator/beans",
				"/actuator/configprops", "/actuator/metrics", "/actuator/loggers", "/actuator/mappings",
				"/actuator/heapdump", "/actuator/threaddump", "/actuator/shutdown", "/actuator/health/db",
				"/actuator/health/diskSpace", "/actuator/health/ping", "/actuator/health/livenessState")) {
			for (String method : List.of("GET", "POST")) {
				HttpResponse<byte[]> response = this.http.send(method, path, "Accept", "application/json");
				assertThat(response.statusCode()).as(method + " " + path).isBetween(400, 499);
				// Actuator answers an unknown health component with an empty 404 of its
				// own.
				if (response.body().length > 0) {
					assertThat(response.headers().firstValue("Content-Type").orElse("")).as(method + " " + path)
						.startsWith("application/problem+json");
				}
			}
		}
	}

}
