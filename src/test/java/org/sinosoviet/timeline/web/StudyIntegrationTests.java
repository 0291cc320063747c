package org.sinosoviet.timeline.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study mode over HTTP on the real data: sets chosen by a seed in the address (a fresh
 * one by a redirect no cache keeps), reproducible and filtered as asked, the pages and
 * the API answering the same sets, answers judged on server-rendered pages, and every bad
 * parameter a 400 that names it, never a 500.
 */
@RunningAppTest
class StudyIntegrationTests {

	static final List<String> EXERCISES = List.of("order", "when", "spot", "source");

	@LocalServerPort
	int port;

	ApiHttp http;

	Site site;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	void connect() {
		this.http = new ApiHttp(this.port);
		this.site = new Site(this.port);
	}

	@Test
	void anExerciseWithoutASeedRedirectsToAFreshOneThatNoCacheKeeps() {
		for (String prefix : List.of("/study/", "/api/study/")) {
			Set<String> seeds = new HashSet<>();
			for (int i = 0; i < 5; i++) {
				HttpResponse<byte[]> response = this.http.get(prefix + "when?period=split&importance=2");
				assertThat(response.statusCode()).isEqualTo(302);
				assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
				String location = response.headers().firstValue("Location").orElseThrow();
				assertThat(location).matches(".*" + prefix + "when\\?seed=\\d+&period=split&importance=2");
				seeds.add(location.replaceAll(".*seed=(\\d+).*", "$1"));
			}
			assertThat(seeds).as("fresh seeds").hasSizeGreaterThan(1);
		}
	}

	@Test
	void theSameSeedAndFiltersGiveTheSameSetAndAnotherSeedAnother() {
		for (String exercise : EXERCISES) {
			String path = "/api/study/" + exercise + "?seed=77";
			JsonNode first = this.site.api(path);
			assertThat(this.site.api(path)).isEqualTo(first);
			assertThat(first.get("seed").asLong()).isEqualTo(77);
			assertThat(first.get("questions").size()).isEqualTo(5);
			assertThat(this.site.api("/api/study/" + exercise + "?seed=78").get("questions"))
				.isNotEqualTo(first.get("questions"));
		}
	}

	@Test
	void setsKeepToTheFilters() {
		List<String> inPeriod = this.site.eventIds(Map.of("period", "split"));
		List<String> keyEvents = this.site.eventIds(Map.of("importance", "1"));
		for (JsonNode question : this.site.api("/api/study/order?seed=5&period=split").get("questions")) {
			question.get("answer").forEach((item) -> assertThat(inPeriod).contains(item.get("id").asString()));
		}
		for (JsonNode question : this.site.api("/api/study/when?seed=5&importance=1").get("questions")) {
			assertThat(keyEvents).contains(question.get("event").asString());
		}
		JsonNode set = this.site.api("/api/study/spot?seed=5&theme=border");
		assertThat(set.get("filters").get("theme").get(0).asString()).isEqualTo("border");
		List<String> border = this.site.eventIds(Map.of("theme", "border"));
		set.get("questions").forEach((question) -> assertThat(border).contains(question.get("event").asString()));
	}

	@Test
	void thePageShowsTheQuestionTheApiGives() {
		JsonNode question = this.site.api("/api/study/when?seed=99&period=rift").get("questions").get(1);
		String page = this.site.get("/study/when?seed=99&period=rift&n=2&right=1", "text/html").body();
		assertThat(page).contains(html(question.get("title").asString()))
			.contains("Question 2 of 5")
			.contains("1 of 1 right, 4 to go")
			.contains("name=\"seed\" value=\"99\"")
			.contains("name=\"period\" value=\"rift\"")
			.contains("name=\"n\" value=\"2\"")
			.contains("name=\"right\" value=\"1\"")
			.doesNotContain(html(question.get("displayDate").asString()) + "</time>");
	}

	@Test
	void answerPagesJudgeTheAnswerAndCarryTheScore() {
		JsonNode order = this.site.api("/api/study/order?seed=12").get("questions").get(2);
		List<String> ids = StreamSupport.stream(order.get("answer").spliterator(), false)
			.map((item) -> item.get("id").asString())
			.toList();
		String right = page("/study/order/answer?seed=12&n=3&right=2&" + query("order", ids));
		assertThat(right).contains("Right: all in order")
			.contains("3 of 3 right, 2 to go")
			.contains("href=\"/study/order?seed=12&amp;n=4&amp;right=3\"");
		List<String> reversed = new ArrayList<>(ids);
		java.util.Collections.reverse(reversed);
		String wrong = page("/study/order/answer?seed=12&n=3&right=2&" + query("order", reversed));
		assertThat(wrong).contains("in the right place")
			.contains("2 of 3 right, 2 to go")
			.contains("href=\"/study/order?seed=12&amp;n=4&amp;right=2\"");
		String last = page("/study/order/answer?seed=12&n=5&right=4&" + query("order", StreamSupport
			.stream(this.site.api("/api/study/order?seed=12").get("questions").get(4).get("answer").spliterator(),
					false)
			.map((item) -> item.get("id").asString())
			.toList()));
		assertThat(last).contains("Final score: 5 of 5.").doesNotContain("Next question");
	}

	@Test
	void badParametersAnswer400NamingThemNever500() {
		Map<String, String> cases = new java.util.LinkedHashMap<>();
		cases.put("/api/study/order?seed=abc", "seed");
		cases.put("/api/study/order?seed=-1", "seed");
		cases.put("/api/study/order?seed=1000000000", "seed");
		cases.put("/api/study/when?seed=1&period=no-such-period", "period");
		cases.put("/api/study/when?seed=1&theme=no-such-theme", "theme");
		cases.put("/api/study/when?seed=1&importance=7", "importance");
		cases.put("/api/study/spot?seed=1&period=golden-years&theme=triangular&importance=1", "theme");
		cases.put("/study/order?seed=1&n=6", "n");
		cases.put("/study/order?seed=1&n=2&right=2", "right");
		cases.put("/study/order/answer?order=a", "seed");
		cases.put("/study/order/answer?seed=1&order=a&order=b", "order");
		cases.put("/study/when/answer?seed=1&year=19x9", "year");
		cases.put("/study/when/answer?seed=1&year=1960&month=13", "month");
		cases.put("/study/spot/answer?seed=1&version=no-such-claim&judgement=maybe", null);
		cases.put("/study/source/answer?seed=1&pick=no-such-source", "pick");
		cases.forEach((path, parameter) -> {
			HttpResponse<byte[]> response = this.http.get(path, "Accept", "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("application/problem+json");
			if (parameter != null && path.startsWith("/api/")) {
				JsonNode problem = this.json.readTree(response.body());
				assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
				assertThat(problem.get("allowed").asString()).as(path).isNotBlank();
			}
			HttpResponse<String> page = this.site.get(path.replace("/api/study/", "/study/"), "text/html");
			assertThat(page.statusCode()).as("page " + path).isEqualTo(400);
			assertThat(page.body()).as(path).contains("That request could not be served");
		});
		assertThat(this.http.get("/api/study/sheets/no-such-period").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/study/sheets/no-such-period", "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void noHostileValueOfAStudyParameterGivesAServerError() {
		List<String> values = HostileParametersIntegrationTests
			.values(new Random(HostileParametersIntegrationTests.SEED));
		List<String> parameters = List.of("seed", "period", "theme", "importance", "n", "right", "order", "year",
				"month", "judgement", "version", "pick");
		List<String> paths = List.of("/api/study/order", "/study/when/answer", "/study/spot/answer",
				"/study/source/answer", "/study/order/answer", "/api/study/sheets/");
		Random random = new Random(15);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String path = paths.get(random.nextInt(paths.size()));
			String value = values.get(random.nextInt(values.size()));
			if (value.length() > 300) {
				value = value.substring(0, 300);
			}
			String target = path.endsWith("/")
					? path + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
					: path + "?seed=" + random.nextInt(3) + "&" + parameters.get(random.nextInt(parameters.size()))
							+ "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
			int status = this.http.get(target, "Accept", "application/json").statusCode();
			if (status >= 500) {
				failures.add(status + " " + target);
			}
		}
		assertThat(failures).as("server errors").isEmpty();
	}

	@Test
	void theRevisionSheetListsThePeriodsKeyEventsWithWhyAndSources() {
		List<String> key = this.site.eventIds(Map.of("period", "split", "importance", "2"));
		JsonNode sheet = this.site.api("/api/study/sheets/split");
		assertThat(StreamSupport.stream(sheet.get("events").spliterator(), false).map((e) -> e.get("id").asString()))
			.containsExactlyElementsOf(key);
		sheet.get("events").forEach((entry) -> {
			assertThat(entry.get("importance").asInt()).isIn(1, 2);
			assertThat(entry.get("significance").asString()).as(entry.get("id").asString()).isNotBlank();
			assertThat(entry.get("citations").size()).as(entry.get("id").asString()).isPositive();
		});
		assertThat(sheet.get("events").get(0).get("permalink").asString()).startsWith("http://localhost:");
	}

	@Test
	void theApiIsDescribedWithOperationIds() {
		JsonNode paths = this.site.api("/v3/api-docs").get("paths");
		Map<String, String> expected = Map.of("/api/study/order", "studyOrderSet", "/api/study/when", "studyWhenSet",
				"/api/study/spot", "studySpotSet", "/api/study/source", "studySourceSet", "/api/study/sheets/{period}",
				"studyRevisionSheet");
		expected.forEach((path, id) -> {
			JsonNode get = paths.get(path).get("get");
			assertThat(get.get("operationId").asString()).isEqualTo(id);
			assertThat(get.get("responses").has("200")).as(path).isTrue();
			assertThat(get.get("responses").has(path.endsWith("}") ? "404" : "400")).as(path).isTrue();
		});
		List<String> parameters = new ArrayList<>();
		paths.get("/api/study/order").get("get").get("parameters").forEach((p) -> {
			if (p.get("in").asString().equals("query")) {
				parameters.add(p.get("name").asString());
			}
		});
		assertThat(parameters).containsExactlyInAnyOrder("seed", "period", "theme", "importance");
		assertThat(paths.get("/api/study/order").get("get").get("responses").has("302")).isTrue();
	}

	private String page(String path) {
		HttpResponse<String> response = this.site.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static String query(String name, List<String> values) {
		return String.join("&", values.stream().map((value) -> name + "=" + value).toList());
	}

	private static String html(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
