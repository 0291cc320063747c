package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type, fetched from the running app, passes the Nu HTML Checker (vnu) with no
 * errors. Warnings are printed, not failed. One vnu run checks all pages, together with a
 * planted invalid page that proves the checker really reports errors.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.VNU)
class HtmlValidityIntegrationTests {

	private static final String PLANTED = "planted-invalid";

	@LocalServerPort
	int port;

	@TempDir
	static Path dir;

	private final Map<String, Site.Page> pages = new LinkedHashMap<>();

	private final Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();

	/** The checker's messages by page type. */
	private final Map<String, List<JsonNode>> messages = new LinkedHashMap<>();

	@BeforeAll
	void fetchAndValidateEveryPageType() throws Exception {
		Site site = new Site(this.port);
		List<Path> files = new ArrayList<>();
		for (Site.Page page : site.pageTypes()) {
			HttpResponse<String> response = site.get(page.path(), "text/html");
			this.pages.put(page.type(), page);
			this.responses.put(page.type(), response);
			files.add(Files.writeString(dir.resolve(page.type() + ".html"), response.body()));
		}
		files.add(Files.writeString(dir.resolve(PLANTED + ".html"), """
				<!DOCTYPE html>
				<html lang="en"><head><title>Planted</title></head>
				<body><p id="twice">One</p><p id="twice">Two</p></body></html>
				"""));
		for (Path file : files) {
			this.messages.put(file.getFileName().toString().replace(".html", ""), new ArrayList<>());
		}
		for (JsonNode message : vnu(files).get("messages")) {
			String url = message.path("url").asString("");
			String type = url.substring(url.lastIndexOf('/') + 1).replace(".html", "");
			this.messages.computeIfAbsent(type, (key) -> new ArrayList<>()).add(message);
		}
	}

	@Test
	void everyPageTypeAnswersHtml() {
		assertThat(this.responses).hasSize(31);
		this.responses.forEach((type, response) -> {
			assertThat(response.statusCode()).as("status of %s (%s)", type, this.pages.get(type).path())
				.isEqualTo(this.pages.get(type).status());
			assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", type)
				.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/html"));
			assertThat(response.body()).as("body of %s", type).startsWith("<!DOCTYPE html>").contains("</html>");
		});
	}

	@Test
	void checkerReportsErrorsInAPlantedInvalidPage() {
		assertThat(errors(PLANTED)).anySatisfy((error) -> assertThat(error).contains("Duplicate ID"));
	}

	@Test
	void everyPageTypeHasNoHtmlErrors() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		this.messages.keySet().stream().filter((type) -> !type.equals(PLANTED)).forEach((type) -> {
			String page = this.pages.containsKey(type) ? this.pages.get(type).path() : "(no page) " + type;
			warnings(type).forEach((warning) -> System.out.println("vnu warning, " + page + ": " + warning));
			if (!errors(type).isEmpty()) {
				errors.put(page, errors(type));
			}
		});
		assertThat(errors).as("vnu errors by page").isEmpty();
	}

	private List<String> errors(String type) {
		return this.messages.getOrDefault(type, List.of())
			.stream()
			.filter((message) -> !message.path("type").asString("").equals("info"))
			.map(HtmlValidityIntegrationTests::describe)
			.toList();
	}

	private List<String> warnings(String type) {
		return this.messages.getOrDefault(type, List.of())
			.stream()
			.filter((message) -> message.path("type").asString("").equals("info"))
			.map(HtmlValidityIntegrationTests::describe)
			.toList();
	}

	private static String describe(JsonNode message) {
		return "line " + message.path("lastLine").asInt() + ": " + message.path("message").asString("") + " ["
				+ message.path("extract").asString("").strip() + "]";
	}

	private JsonNode vnu(List<Path> files) throws IOException, InterruptedException {
		Path report = dir.resolve("vnu.json");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						RequiresTools.Tool.VNU.path().toString(), "--format", "json"));
		files.forEach((file) -> command.add(file.toString()));
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(report.toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("vnu finishes").isTrue();
		return JsonMapper.builder().build().readTree(Files.readString(report, StandardCharsets.UTF_8));
	}

}
