package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP behaviour of the API on a real server, with the response cache on as in
 * production: strong ETags and 304s, Cache-Control, gzip, CORS, and the problem details
 * of the errors that Spring MVC hands to the container (405, 406, unmapped paths).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
class ApiHttpIntegrationTests extends ApiHttpTests {

	static final String ZHENBAO = "1969-03-02-zhenbao";

	static final List<String> GET_PATHS = List.of("/api/events", "/api/events?theme=military&from=1958&to=1959",
			"/api/events/" + ZHENBAO, "/api/sources", "/api/sources/source-c", "/api/periods", "/api/themes",
			"/api/actors", "/api/places", "/api/disputes", "/v3/api-docs");

	private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age=(\\d+)");

	@Test
	void everyResponseHasAStrongETagAndAMaxAge() {
		for (String path : GET_PATHS) {
			HttpResponse<byte[]> response = this.http.get(path, "Accept", "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String etag = response.headers().firstValue("ETag").orElse(null);
			assertThat(etag).as("ETag of " + path).isNotNull().matches("\"[^\"\\s]+\"");
			assertThat(maxAge(response)).as("max-age of " + path).isPositive();
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(path)
				.doesNotContain("no-store", "no-cache", "private");
		}
	}

	@Test
	void permalinkRepresentationsHaveTheirOwnStrongETags() {
		for (String accept : List.of("text/html", "application/json")) {
			HttpResponse<byte[]> response = this.http.get("/events/" + ZHENBAO, "Accept", accept);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("ETag"))
				.hasValueSatisfying((etag) -> assertThat(etag).matches("\"[^\"\\s]+\""));
			assertThat(maxAge(response)).isPositive();
		}
		HttpResponse<byte[]> html = this.http.get("/events/" + ZHENBAO, "Accept", "text/html");
		HttpResponse<byte[]> json = this.http.get("/events/" + ZHENBAO, "Accept", "application/json");
		assertThat(html.headers().firstValue("ETag")).as("each representation has its own ETag")
			.isNotEqualTo(json.headers().firstValue("ETag"));
		assertThat(html.headers().allValues("Vary").toString()).contains("Accept");
	}

	@Test
	void matchingIfNoneMatchGetsNotModified() {
		for (String path : GET_PATHS) {
			HttpResponse<byte[]> first = this.http.get(path, "Accept", "application/json");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<byte[]> again = this.http.get(path, "Accept", "application/json", "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
			assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
			assertThat(maxAge(again)).as(path).isPositive();
			assertThat(this.http.get(path, "Accept", "application/json", "If-None-Match", "\"other\", " + etag)
				.statusCode()).as(path + " in a list").isEqualTo(304);
			assertThat(this.http.get(path, "Accept", "application/json", "If-None-Match", "W/" + etag).statusCode())
				.as(path + " compared weakly")
				.isEqualTo(304);
			assertThat(this.http.get(path, "Accept", "application/json", "If-None-Match", "\"other\"").statusCode())
				.as(path + " with another tag")
				.isEqualTo(200);
		}
	}

	@Test
	void repeatedRequestsGetTheSameBytesAndTag() {
		HttpResponse<byte[]> first = this.http.get("/api/events?size=500");
		HttpResponse<byte[]> second = this.http.get("/api/events?size=500");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
	}

	@Test
	void gzipIsOfferedForJsonAndHtml() {
		for (String path : List.of("/api/events?size=500", "/api/events/" + ZHENBAO, "/api/periods",
				"/events/" + ZHENBAO, "/")) {
			String accept = path.startsWith("/api") ? "application/json" : "text/html";
			HttpResponse<byte[]> identity = this.http.get(path, "Accept", accept);
			HttpResponse<byte[]> gzipped = this.http.get(path, "Accept", accept, "Accept-Encoding", "gzip");
			assertThat(identity.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(new String(ApiHttp.gunzip(gzipped.body()), StandardCharsets.UTF_8)).as(path)
				.isEqualTo(new String(identity.body(), StandardCharsets.UTF_8));
			assertThat(gzipped.body().length).as(path).isLessThan(identity.body().length);
			assertThat(String.join(",", gzipped.headers().allValues("Vary"))).as(path).contains("Accept-Encoding");
			String identityTag = identity.headers().firstValue("ETag").orElseThrow();
			String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
			assertThat(identityTag).as(path + ": identity ETag is strong").doesNotStartWith("W/");
			assertThat(gzipTag).as(path + ": each encoding has its own ETag").isNotEqualTo(identityTag);
			HttpResponse<byte[]> notModified = this.http.get(path, "Accept", accept, "Accept-Encoding", "gzip",
					"If-None-Match", gzipTag);
			assertThat(notModified.statusCode()).as(path).isEqualTo(304);
		}
		HttpResponse<byte[]> refused = this.http.get("/api/events?size=500", "Accept-Encoding", "gzip;q=0");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void anyOriginMayGetTheApi() {
		for (String path : GET_PATHS) {
			HttpResponse<byte[]> response = this.http.get(path, "Origin", "https://classroom.example");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
			assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();
		}
		// Errors and 304s must be readable cross-origin too.
		assertThat(this.http.get("/api/events?theme=nope", "Origin", "https://classroom.example")
			.headers()
			.firstValue("Access-Control-Allow-Origin")).hasValue("*");
		String etag = this.http.get("/api/themes").headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.get("/api/themes", "Origin", "https://classroom.example", "If-None-Match", etag)
			.headers()
			.firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void preflightAllowsGetFromAnyOrigin() {
		HttpResponse<byte[]> preflight = this.http.send("OPTIONS", "/api/events?theme=border", "Origin",
				"https://classroom.example", "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers",
				"if-none-match");
		assertThat(preflight.statusCode()).isBetween(200, 204);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
		assertThat(methods).contains("GET").doesNotContain("POST", "PUT", "DELETE", "PATCH");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
			.contains("if-none-match");
		assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).isPresent();
		HttpResponse<byte[]> detail = this.http.send("OPTIONS", "/api/events/" + ZHENBAO, "Origin",
				"https://classroom.example", "Access-Control-Request-Method", "GET");
		assertThat(detail.statusCode()).isBetween(200, 204);
		assertThat(detail.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void pagesAreNotOpenedToOtherOrigins() {
		HttpResponse<byte[]> page = this.http.get("/", "Origin", "https://classroom.example");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void otherMethodsAreNotAllowedProblems() {
		for (String path : List.of("/api/events", "/api/events/" + ZHENBAO, "/api/sources/source-c", "/api/disputes")) {
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
				HttpResponse<byte[]> response = this.http.send(method, path, "Accept", "application/json");
				JsonNode problem = assertProblem(response, 405, method + " " + path);
				assertThat(problem.get("detail").asString()).contains(method);
				assertThat(String.join(",", response.headers().allValues("Allow"))).as(method + " " + path)
					.contains("GET");
			}
		}
	}

	@Test
	void unacceptableTypesAreProblems() {
		assertProblem(this.http.get("/api/events", "Accept", "application/xml"), 406, "/api/events");
		assertProblem(this.http.get("/api/events/" + ZHENBAO, "Accept", "application/xml"), 406, "/api/events/id");
		assertProblem(this.http.get("/events/" + ZHENBAO, "Accept", "application/xml"), 406, "/events/id");
		assertProblem(this.http.get("/events/" + ZHENBAO, "Accept", "image/png, text/csv"), 406, "/events/id");
	}

	@Test
	void parameterAndNotFoundErrorsAreProblemsOnTheWire() {
		JsonNode theme = assertProblem(this.http.get("/api/events?theme=nope"), 400, "theme");
		assertThat(theme.get("parameter").asString()).isEqualTo("theme");
		assertThat(theme.get("instance").asString()).isEqualTo("/api/events");
		assertProblem(this.http.get("/api/events/no-such-event"), 404, "unknown event");
		assertProblem(this.http.get("/api/sources/no-such-source"), 404, "unknown source");
		assertProblem(this.http.get("/api/no-such-endpoint"), 404, "unmapped path");
		assertProblem(this.http.get("/events/no-such-event", "Accept", "application/json"), 404, "unknown permalink");
	}

	@Test
	void malformedPathParametersAreBadRequestsNotServerErrors() {
		for (String target : List.of("/api/sources/a;b=%zz", "/api/events/" + ZHENBAO + ";v=%E2%82", "/events/x;y=%")) {
			ApiHttp.Raw response = this.http.raw(target.getBytes(StandardCharsets.US_ASCII));
			assertThat(response.status()).as(target).isEqualTo(400);
		}
	}

	@Test
	void swaggerUiIsServed() {
		HttpResponse<byte[]> ui = this.http.get("/swagger-ui.html");
		if (ui.statusCode() / 100 == 3) {
			String location = ui.headers().firstValue("Location").orElseThrow();
			ui = this.http.get(location.startsWith("http") ? location.replaceFirst("^https?://[^/]+", "") : location);
		}
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(new String(ui.body(), StandardCharsets.UTF_8)).contains("swagger-ui");
	}

	private JsonNode assertProblem(HttpResponse<byte[]> response, int status, String what) {
		assertThat(response.statusCode()).as(what).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
			.startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
		assertThat(problem.get("title").asString()).as(what).isNotBlank();
		assertThat(problem.get("detail").asString()).as(what).isNotBlank();
		if (problem.has("type")) {
			assertThat(problem.get("type").asString()).as(what).isNotBlank();
		}
		return problem;
	}

	private static long maxAge(HttpResponse<byte[]> response) {
		String cacheControl = String.join(",", response.headers().allValues("Cache-Control"));
		Matcher matcher = MAX_AGE.matcher(cacheControl);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
	}

}
