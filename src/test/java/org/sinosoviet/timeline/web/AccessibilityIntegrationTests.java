package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no accessibility violations on any page type, run in headless Chromium
 * against the running app, with every rule axe enables by default (WCAG 2.x A and AA, and
 * best practices).
 */
@RunningAppTest
@RequiresTools({ RequiresTools.Tool.CHROMIUM, RequiresTools.Tool.AXE })
class AccessibilityIntegrationTests extends BrowserTests {

	private String axe;

	@BeforeAll
	void readAxe() throws IOException {
		this.axe = Files.readString(RequiresTools.Tool.AXE.path(), StandardCharsets.UTF_8);
	}

	@Test
	void everyPageTypeHasNoViolations() {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		List<Site.Page> pages = this.site.pageTypes();
		assertThat(pages).hasSize(31);
		for (Site.Page page : pages) {
			List<String> found = violations(page.path());
			if (!found.isEmpty()) {
				violations.put(page.type() + " " + page.path(), found);
			}
		}
		assertThat(violations).as("axe violations by page, at %s", Chromium.WIDE).isEmpty();
	}

	@Test
	void timelineEventStudyPagesAndMapHaveNoViolationsOnAPhone() {
		this.driver.manage().window().setSize(Chromium.PHONE);
		Map<String, List<String>> violations = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>(List.of("/", this.site.firstEventLink(), "/places"));
		this.site.studyPages().forEach((page) -> paths.add(page.path()));
		for (String path : paths) {
			List<String> found = violations(path);
			if (!found.isEmpty()) {
				violations.put(path, found);
			}
		}
		assertThat(violations).as("axe violations by page, at %s", Chromium.PHONE).isEmpty();
	}

	@Test
	void axeReportsAPlantedViolation() {
		this.driver.get(this.site.url("/about"));
		((JavascriptExecutor) this.driver).executeScript(
				"document.getElementById('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.svg\">')");
		assertThat(run()).anySatisfy((violation) -> assertThat(violation).startsWith("image-alt"));
	}

	private List<String> violations(String path) {
		this.driver.get(this.site.url(path));
		assertThat(this.driver.getTitle()).as("title of %s", path).isNotBlank();
		return run();
	}

	/** Runs axe on the current page: one line per violation, with the offending nodes. */
	private List<String> run() {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		js.executeScript(this.axe);
		Object result = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document).then(function (r) { done(JSON.stringify(r.violations)); },
				    function (e) { done('error: ' + e); });
				""");
		assertThat(result).asString().doesNotStartWith("error:");
		List<String> lines = new ArrayList<>();
		for (JsonNode violation : JsonMapper.builder().build().readTree((String) result)) {
			List<String> nodes = new ArrayList<>();
			for (JsonNode node : violation.get("nodes")) {
				nodes.add(node.get("target").toString() + " " + node.path("failureSummary").asString(""));
			}
			lines.add(violation.get("id").asString() + " (" + violation.path("impact").asString("") + "): "
					+ violation.get("help").asString() + " " + nodes);
		}
		return lines;
	}

}
