package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-origin reads of everything a program fetches: the API, the permalink's JSON, the
 * citation files and the exports (TimelineJS loads its JSON from other sites). With the
 * response cache on, as in production. The same context as
 * {@link ApiHttpIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
class CorsIntegrationTests extends ApiHttpTests {

	static final String ORIGIN = "https://classroom.example";

	static final String ZHENBAO = "1969-03-02-zhenbao";

	@Test
	void filesProgramsFetchAreOpenToAnyOrigin() {
		for (String path : List.of("/events/" + ZHENBAO, "/events/" + ZHENBAO + ".json",
				"/events/" + ZHENBAO + "?format=csl", "/events/" + ZHENBAO + ".bib", "/sources/source-c.json",
				"/export/timelinejs.json", "/export/events.csv", "/export/sources.json", "/export/sources.bib",
				"/export/flashcards.csv", "/api/events")) {
			HttpResponse<byte[]> response = this.http.get(path, "Accept", "application/json, */*;q=0.1", "Origin",
					ORIGIN);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
			assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();
		}
	}

	@Test
	void cachedAnswersCarryCorsWhetherOrNotTheFirstRequestHadAnOrigin() {
		for (String path : List.of("/export/timelinejs.json?q=filled-without-origin",
				"/api/events?q=filled-without-origin")) {
			// The first request for an address only marks it (the doorkeeper); the second
			// fills the cache.
			this.http.get(path);
			HttpResponse<byte[]> filling = this.http.get(path);
			assertThat(filling.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
			HttpResponse<byte[]> cached = this.http.get(path, "Origin", ORIGIN);
			assertThat(cached.body()).as(path).isEqualTo(filling.body());
			assertThat(cached.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
		}
		for (String path : List.of("/export/timelinejs.json?q=filled-with-origin",
				"/api/events?q=filled-with-origin")) {
			this.http.get(path, "Origin", ORIGIN);
			HttpResponse<byte[]> filling = this.http.get(path, "Origin", ORIGIN);
			assertThat(filling.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
			HttpResponse<byte[]> plain = this.http.get(path);
			assertThat(plain.body()).as(path).isEqualTo(filling.body());
			assertThat(plain.headers().firstValue("Access-Control-Allow-Origin")).as(path + " without Origin")
				.isEmpty();
			assertThat(this.http.get(path, "Origin", "https://other.example")
				.headers()
				.firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
		}
	}

	@Test
	void preflightAnswersWithTheReadOnlyMethods() {
		for (String path : List.of("/export/timelinejs.json", "/events/" + ZHENBAO, "/api/events")) {
			HttpResponse<byte[]> preflight = this.http.send("OPTIONS", path, "Origin", ORIGIN,
					"Access-Control-Request-Method", "GET");
			assertThat(preflight.statusCode()).as(path).isBetween(200, 204);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).as(path)
				.contains("GET", "HEAD")
				.doesNotContain("POST", "PUT", "DELETE", "PATCH");
			assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).as(path).hasValue("86400");
		}
	}

}
