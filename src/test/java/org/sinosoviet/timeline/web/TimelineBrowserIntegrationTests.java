package org.sinosoviet.timeline.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline in headless Chromium against the running app: filtering through the form,
 * removing filter chips, following a result to its permalink, and using the page with the
 * keyboard alone.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class TimelineBrowserIntegrationTests extends BrowserTests {

	/** More Tab presses than any page here has tab stops before the target. */
	private static final int MAX_TABS = 1500;

	@Test
	void filtersByThemeAndYearsThroughTheFormThenFollowsAResultToItsPermalink() {
		JsonNode event = this.site.eventWithTheme();
		String theme = event.get("themes").get(0).asString();
		String year = String.valueOf(Site.year(event));
		open("/");
		openFilterPanel();

		WebElement checkbox = this.driver.findElement(By.id("theme-" + theme));
		checkbox.click();
		assertThat(checkbox.isSelected()).isTrue();
		this.driver.findElement(By.id("from")).sendKeys(year);
		this.driver.findElement(By.id("to")).sendKeys(year);
		this.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		waitForQuery();

		Map<String, List<String>> query = query();
		assertThat(query).containsEntry("theme", List.of(theme))
			.containsEntry("from", List.of(year))
			.containsEntry("to", List.of(year))
			.as("empty fields are left out of the address")
			.doesNotContainKeys("q", "period", "source", "actor", "place");
		List<String> expected = this.site.eventIds(Map.of("theme", theme, "from", year, "to", year));
		assertThat(listedEventIds()).containsExactlyInAnyOrderElementsOf(expected).contains(event.get("id").asString());
		assertThat(count()).isEqualTo(expected.size());
		assertThat(chipLabels()).contains("From " + year, "To " + year)
			.anySatisfy((label) -> assertThat(label).startsWith("Theme: "));
		assertThat(this.driver.findElement(By.id("theme-" + theme)).isSelected()).as("the form keeps the filter")
			.isTrue();
		assertThat(this.driver.findElement(By.id("from")).getDomProperty("value")).isEqualTo(year);

		WebElement result = this.driver.findElement(By.cssSelector(".timeline-list .event-title a"));
		String title = result.getText();
		String permalink = URI.create(result.getDomProperty("href")).getPath();
		result.click();
		wait(ExpectedConditions.urlContains("/events/"));
		assertThat(path()).isEqualTo(permalink);
		assertThat(expected).contains(permalink.replace("/events/", ""));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
	}

	@Test
	void removingAFilterChipDropsThatFilterAndChangesTheCount() {
		JsonNode event = this.site.eventWithTheme();
		String year = String.valueOf(Site.year(event));
		List<String> fromYear = this.site.eventIds(Map.of("from", year));
		String theme = null;
		for (JsonNode candidate : this.site.api("/api/themes")) {
			String id = candidate.get("id").asString();
			if (this.site.eventIds(Map.of("theme", id, "from", year)).size() != fromYear.size()) {
				theme = id;
				break;
			}
		}
		assertThat(theme).as("a theme that narrows the events from %s", year).isNotNull();
		open("/?theme=" + theme + "&from=" + year);
		int before = count();
		assertThat(before).isEqualTo(this.site.eventIds(Map.of("theme", theme, "from", year)).size());
		assertThat(chipLabels()).hasSize(3).contains("From " + year, "Clear all");

		WebElement themeChip = chips().stream()
			.filter((chip) -> chip.getText().startsWith("Theme: "))
			.findFirst()
			.orElseThrow();
		themeChip.click();
		wait(ExpectedConditions.not(ExpectedConditions.urlContains("theme=")));

		assertThat(query()).doesNotContainKey("theme").containsEntry("from", List.of(year));
		assertThat(chipLabels()).containsExactly("From " + year, "Clear all");
		assertThat(count()).isEqualTo(fromYear.size()).isNotEqualTo(before);
		assertThat(listedEventIds()).containsExactlyInAnyOrderElementsOf(fromYear);
		assertThat(this.driver.findElement(By.id("theme-" + theme)).isSelected()).isFalse();
	}

	@Test
	void clearAllRemovesEveryFilter() {
		JsonNode event = this.site.eventWithTheme();
		open("/?theme=" + event.get("themes").get(0).asString() + "&from=" + Site.year(event) + "&disputed=true");
		assertThat(chipLabels()).hasSize(4);
		chips().stream().filter((chip) -> chip.getText().equals("Clear all")).findFirst().orElseThrow().click();
		wait(ExpectedConditions.not(ExpectedConditions.urlContains("?")));
		assertThat(path()).isEqualTo("/");
		assertThat(this.driver.findElements(By.cssSelector(".chips"))).isEmpty();
		assertThat(count()).isEqualTo(this.site.eventIds(Map.of()).size());
	}

	@Test
	void skipLinkIsTheFirstTabStopAndMovesFocusToMain() {
		open("/");
		WebElement first = tab();
		assertThat(first.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(first.getText()).isEqualTo("Skip to content");
		assertThat(first.getRect().getY()).as("the focused skip link is on screen").isBetween(0, 200);
		keys(Keys.ENTER);
		assertThat(active().getDomAttribute("id")).isEqualTo("main");
		assertThat(this.driver.getCurrentUrl()).endsWith("#main");
		tab();
		assertThat((Boolean) js("return document.getElementById('main').contains(document.activeElement)"))
			.as("the next Tab stays in the main content")
			.isTrue();
	}

	@Test
	void filterFormWorksWithTheKeyboardAlone() {
		JsonNode event = this.site.eventWithTheme();
		String theme = event.get("themes").get(0).asString();
		String title = event.get("title").asString();
		open("/");

		WebElement search = this.driver.findElement(By.id("q"));
		tabTo(search);
		keys(title);
		assertThat(search.getDomProperty("value")).isEqualTo(title);
		WebElement checkbox = this.driver.findElement(By.id("theme-" + theme));
		tabTo(checkbox);
		keys(Keys.SPACE);
		assertThat(checkbox.isSelected()).as("Space ticks the checkbox").isTrue();
		tabTo(this.driver.findElement(By.cssSelector("form.filters button[type=submit]")));
		keys(Keys.ENTER);
		waitForQuery();

		assertThat(query()).containsEntry("q", List.of(title)).containsEntry("theme", List.of(theme));
		List<String> expected = this.site.eventIds(Map.of("q", title, "theme", theme));
		assertThat(listedEventIds()).containsExactlyInAnyOrderElementsOf(expected).contains(event.get("id").asString());
	}

	@Test
	void overviewMarksAreTabStopsAndArrowKeysMoveBetweenThem() {
		open("/");
		List<WebElement> marks = this.driver.findElements(By.cssSelector("svg.overview a.mark"));
		assertThat(marks).as("marks in the overview").hasSizeGreaterThanOrEqualTo(2);
		assertThat(marks).allSatisfy((mark) -> assertThat(mark.getDomAttribute("aria-label")).isNotBlank());

		tabTo(marks.get(0));
		keys(Keys.ARROW_RIGHT);
		assertThat(active()).as("ArrowRight moves to the next mark").isEqualTo(marks.get(1));
		keys(Keys.ARROW_LEFT);
		assertThat(active()).as("ArrowLeft moves back").isEqualTo(marks.get(0));
		tab();
		assertThat(active()).as("Tab moves to the next mark too").isEqualTo(marks.get(1));

		String href = marks.get(1).getDomAttribute("href");
		keys(Keys.ENTER);
		wait(ExpectedConditions.urlContains("/events/"));
		assertThat(path()).isEqualTo(URI.create(href).getPath());
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

	private void openFilterPanel() {
		WebElement panel = this.driver.findElement(By.cssSelector("details.filter-panel"));
		if (!"true".equals(panel.getDomProperty("open"))) {
			panel.findElement(By.tagName("summary")).click();
		}
	}

	/**
	 * Presses Tab until the element has the focus, opening the filter panel on the way.
	 */
	private WebElement tabTo(WebElement target) {
		for (int i = 0; i < MAX_TABS; i++) {
			WebElement active = tab();
			if (active.equals(target)) {
				return active;
			}
			if (active.getTagName().equals("summary")
					&& !"true".equals(active.findElement(By.xpath("..")).getDomProperty("open"))) {
				keys(Keys.ENTER);
			}
		}
		throw new AssertionError("Tab never reached " + target.getTagName() + " " + target.getDomAttribute("id"));
	}

	private WebElement tab() {
		keys(Keys.TAB);
		return active();
	}

	private void keys(CharSequence keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	private WebElement active() {
		return this.driver.switchTo().activeElement();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) this.driver).executeScript(script);
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	private void waitForQuery() {
		wait(ExpectedConditions.urlContains("?"));
	}

	private String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	private Map<String, List<String>> query() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		String raw = URI.create(this.driver.getCurrentUrl()).getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				String[] parts = pair.split("=", 2);
				query.computeIfAbsent(decode(parts[0]), (key) -> new ArrayList<>())
					.add((parts.length > 1) ? decode(parts[1]) : "");
			}
		}
		return query;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	@Test
	void keyEventsOnlyListsTheTurningPoints() {
		open("/");
		int all = count();
		openFilterPanel();
		this.driver.findElement(By.id("importance")).click();
		this.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("importance=1"));
		int key = count();
		assertThat(key).isPositive().isLessThan(all);
		assertThat(this.driver.findElements(By.cssSelector(".timeline-list .badge-key"))).hasSize(key);
		assertThat(chipLabels()).contains("Key events only");
	}

	@Test
	void anEventShowsTheVerdictOfAFoundingDocumentsStatementInWords() {
		this.driver.get(this.site.url(this.site.verdictEventPage()));
		List<String> verdicts = this.driver.findElements(By.cssSelector(".claim .verdict"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(verdicts).contains("Revision material: Contradicted");
		WebElement contradicted = this.driver.findElements(By.cssSelector(".claim"))
			.stream()
			.filter((claim) -> claim.getText().contains("Revision material: Contradicted"))
			.findFirst()
			.orElseThrow();
		assertThat(contradicted.getDomAttribute("class")).contains("rank-deprecated");
		assertThat(contradicted.findElement(By.cssSelector(".reason")).getText()).isNotBlank();
	}

	@Test
	void aFoundingDocumentsPageScoresItsStatements() {
		this.driver.get(this.site.url(this.site.foundingSourcePage()));
		List<WebElement> rows = this.driver.findElements(By.cssSelector("table.scorecard tbody tr"));
		assertThat(rows).extracting((row) -> row.findElement(By.tagName("th")).getText())
			.containsExactly("Corroborated", "Contradicted", "Partly right", "Unverified");
		int total = rows.stream()
			.mapToInt((row) -> Integer.parseInt(row.findElement(By.cssSelector("td.count")).getText()))
			.sum();
		assertThat(total).isPositive();
		// Each row links to its list, and each listed statement to its claim's anchor.
		rows.get(1).findElement(By.tagName("a")).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("#verdict-contradicted");
		WebElement statement = this.driver.findElement(By.cssSelector("#verdict-contradicted + ul a"));
		String href = statement.getDomProperty("href");
		statement.click();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(href).contains("/events/").contains("#claim-");
	}

	private int count() {
		return Integer.parseInt(this.driver.findElement(By.cssSelector(".result-status .count strong")).getText());
	}

	private List<WebElement> chips() {
		return this.driver.findElements(By.cssSelector(".chips a.chip"));
	}

	private List<String> chipLabels() {
		return chips().stream()
			.map(WebElement::getText)
			.map((text) -> text.replace("×", "").replace("(remove this filter)", "").strip())
			.toList();
	}

	private List<String> listedEventIds() {
		return this.driver.findElements(By.cssSelector(".timeline-list .event-title a"))
			.stream()
			.map((link) -> URI.create(link.getDomProperty("href")).getPath().replace("/events/", ""))
			.toList();
	}

}
