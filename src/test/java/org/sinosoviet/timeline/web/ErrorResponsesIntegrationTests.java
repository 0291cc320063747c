package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers on a real server, whoever writes them: the API's exception handler, the
 * error page controller (pages, problems, Spring MVC's own 404/405/406, the refusal of
 * malformed addresses) and Tomcat's error report valve. The same context as
 * {@link ApiHttpIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
class ErrorResponsesIntegrationTests extends ApiHttpTests {

	static final String ZHENBAO = "1969-03-02-zhenbao";

	/** Method, path and Accept of requests that fail, in every way the app fails. */
	static final List<List<String>> ERRORS = List.of(List.of("GET", "/api/events?theme=nope", "application/json"),
			List.of("GET", "/api/events/no-such-event", "application/json"),
			List.of("GET", "/api/events?size=abc", "application/json"),
			List.of("GET", "/events/no-such-event", "application/json"),
			List.of("GET", "/events/no-such-event", "text/html"), List.of("GET", "/no-such-page", "text/html"),
			List.of("GET", "/api/no-such-endpoint", "application/json"),
			List.of("GET", "/api/events", "application/xml"), List.of("POST", "/api/events", "application/json"),
			List.of("GET", "/?from=1958-13", "text/html"), List.of("GET", "/places?from=1958-13", "text/html"));

	@Test
	void errorsAreNotStoredAndCarryNoETag() {
		for (List<String> request : ERRORS) {
			String what = String.join(" ", request);
			HttpResponse<byte[]> response = this.http.send(request.get(0), request.get(1), "Accept", request.get(2));
			assertThat(response.statusCode()).as(what).isGreaterThanOrEqualTo(400);
			assertThat(response.headers().allValues("Cache-Control")).as(what).containsExactly("no-store");
			assertThat(response.headers().firstValue("ETag")).as(what).isEmpty();
		}
	}

	@Test
	void errorsTomcatAnswersItselfAreNotStored() {
		for (String target : List.of("/api/sources/a;b=%zz", "/api/events?q=" + "x".repeat(20_000))) {
			ApiHttp.Raw response = this.http.raw(target.getBytes(StandardCharsets.US_ASCII));
			String what = target.substring(0, Math.min(40, target.length()));
			assertThat(response.status()).as(what).isEqualTo(400);
			assertThat(response.headers()).as(what)
				.containsEntry("cache-control", "no-store")
				.doesNotContainKey("etag");
		}
	}

	@Test
	void redirectsKeepAMaxAgeButNoETag() {
		for (String path : List.of("/events/1969-island-clash", "/api/events/1969-island-clash",
				"/events/1969-island-clash.bib")) {
			HttpResponse<byte[]> response = this.http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(301);
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValue(HttpCachingFilter.CACHE_CONTROL);
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@Test
	void okAnswersCarryTheETagAndOneCachePolicy() {
		// The permalink's JSON view adds a no-store of its own; the filter's policy wins.
		for (String path : List.of("/api/events/" + ZHENBAO, "/events/" + ZHENBAO)) {
			HttpResponse<byte[]> response = this.http.get(path, "Accept", "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
			assertThat(response.headers().allValues("Cache-Control")).as(path)
				.containsExactly(HttpCachingFilter.CACHE_CONTROL);
		}
	}

	@Test
	void everyProblemIsWrittenTheSameWay() {
		List<List<String>> requests = List.of(List.of("GET", "/api/events?theme=nope", "application/json"),
				List.of("GET", "/api/events?theme=nope", "*/*"), List.of("GET", "/api/events?size=abc", "*/*"),
				List.of("GET", "/api/events/no-such-event", "application/json"),
				List.of("GET", "/api/no-such-endpoint", "application/json"),
				List.of("POST", "/api/events", "application/json"), List.of("GET", "/api/events", "application/xml"),
				List.of("GET", "/events/no-such-event", "application/json"));
		for (List<String> request : requests) {
			String what = String.join(" ", request);
			HttpResponse<byte[]> response = this.http.send(request.get(0), request.get(1), "Accept", request.get(2));
			assertProblem(what, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.get("instance").asString()).as(what).isEqualTo(request.get(1).replaceAll("\\?.*", ""));
		}
		ApiHttp.Raw tomcat = this.http.raw(("/api/events?q=" + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));
		assertProblem("a request line over the limit", tomcat.status(), tomcat.contentType(),
				tomcat.body().getBytes(StandardCharsets.ISO_8859_1));
	}

	private void assertProblem(String what, int status, String contentType, byte[] body) {
		assertThat(contentType).as(what).isEqualTo("application/problem+json;charset=UTF-8");
		JsonNode problem = this.json.readTree(body);
		List<String> names = new ArrayList<>(problem.propertyNames());
		assertThat(names.subList(0, 4)).as(what).containsExactly("type", "title", "status", "detail");
		assertThat(problem.get("type").asString()).as(what).isEqualTo("about:blank");
		assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
	}

}
