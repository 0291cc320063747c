package org.sinosoviet.timeline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chromium enforces the Content-Security-Policy on every page with no violation, and
 * refuses to show the site inside a frame. A listener added before any page script runs
 * records each {@code securitypolicyviolation} event the browser fires.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class ContentSecurityPolicyIntegrationTests extends BrowserTests {

	/**
	 * Runs in every new document before its own scripts (DevTools injects it, so the
	 * policy does not apply to it) and keeps what the browser reports.
	 */
	private static final String COLLECTOR = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
			    + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''));
			});
			""";

	@BeforeAll
	void collectViolations() {
		((HasCdp) this.driver).executeCdpCommand("Page.enable", Map.of());
		((HasCdp) this.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECTOR));
	}

	@Test
	void noPageReportsAViolation() {
		List<String> paths = new ArrayList<>();
		this.site.pageTypes().forEach((page) -> paths.add(page.path()));
		paths.addAll(List.of("/export/key-dates", "/swagger-ui/index.html"));
		Map<String, List<String>> violations = new LinkedHashMap<>();
		for (String path : paths) {
			this.driver.get(this.site.url(path));
			// Swagger UI builds its page with scripts after load; give it time to finish.
			if (path.startsWith("/swagger-ui")) {
				new WebDriverWait(this.driver, Duration.ofSeconds(20))
					.until((driver) -> !driver.findElements(By.cssSelector(".swagger-ui .info")).isEmpty());
			}
			List<String> found = violations();
			if (!found.isEmpty()) {
				violations.put(path, found);
			}
		}
		System.out.println("Content-Security-Policy: " + paths.size() + " pages loaded in Chromium, "
				+ violations.size() + " with violations");
		assertThat(violations).as("CSP violations by page").isEmpty();
	}

	@Test
	void aPlantedViolationIsReported() {
		this.driver.get(this.site.url("/about"));
		((JavascriptExecutor) this.driver).executeScript(
				"document.getElementById('main').insertAdjacentHTML('beforeend', '<img alt=\"\" src=\"https://example.invalid/x.png\">')");
		new WebDriverWait(this.driver, Duration.ofSeconds(5)).until((driver) -> !violations().isEmpty());
		assertThat(violations()).anySatisfy((violation) -> assertThat(violation).startsWith("img-src"));
	}

	@Test
	void theSiteDoesNotShowInsideAFrame() {
		String framing = "<!DOCTYPE html><title>framing</title><iframe src=\"" + this.site.url("/about")
				+ "\"></iframe>";
		this.driver.get("data:text/html;charset=utf-8,"
				+ URLEncoder.encode(framing, StandardCharsets.UTF_8).replace("+", "%20"));
		this.driver.switchTo().frame(0);
		try {
			JavascriptExecutor js = (JavascriptExecutor) this.driver;
			String url = new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> {
				Object current = js.executeScript("return document.readyState === 'complete' ? document.URL : null;");
				return (current != null && !"about:blank".equals(current)) ? (String) current : null;
			});
			// A refused frame holds Chromium's error page instead of ours.
			assertThat(url).as("the document inside the frame").startsWith("chrome-error:");
			assertThat(this.driver.findElements(By.cssSelector("#main"))).isEmpty();
		}
		finally {
			this.driver.switchTo().defaultContent();
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> violations() {
		Object found = ((JavascriptExecutor) this.driver).executeScript("return window.__cspViolations || null;");
		assertThat(found).as("the violation collector ran in %s", this.driver.getCurrentUrl()).isNotNull();
		return (List<String>) found;
	}

}
