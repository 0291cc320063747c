package org.sinosoviet.timeline.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's labels, zoom and lanes by theme in headless Chromium against the running
 * app.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class OverviewBrowserIntegrationTests extends BrowserTests {

	@Test
	void turningPointsAreLabelledWithoutOverlapAtDesktopWidth() {
		open("/");
		List<WebElement> labels = labels();
		assertThat(labels).as("labelled marks on the whole overview").hasSizeGreaterThanOrEqualTo(5);
		assertNoOverlap(labels);
	}

	@Test
	void periodPageAndYearRangeDrawAZoomedOverviewWithTheirOwnYears() {
		JsonNode period = busiestDefaultPeriod();
		LocalDate firstDay = LocalDate.parse(period.get("firstDay").asString());
		String first = String.valueOf((firstDay.getDayOfYear() == 1) ? firstDay.getYear() : firstDay.getYear() + 1);
		open("/periods/" + period.get("id").asString());
		WebElement overview = this.driver.findElement(By.cssSelector("svg.overview"));
		assertThat(overview.getDomAttribute("class")).contains("zoomed");
		assertThat(this.driver.findElements(By.cssSelector("svg.overview .tick-label")).get(0).getText())
			.isEqualTo(first);
		List<WebElement> labels = labels();
		assertThat(labels).as("labelled marks in the period").isNotEmpty();
		assertNoOverlap(labels);

		open("/?from=1960&to=1965");
		assertThat(this.driver.findElement(By.cssSelector("svg.overview")).getDomAttribute("class")).contains("zoomed");
		assertThat(this.driver.findElements(By.cssSelector("svg.overview .tick-label"))).extracting(WebElement::getText)
			.containsExactly("1960", "1961", "1962", "1963", "1964", "1965", "1966");
		assertNoOverlap(labels());
	}

	@Test
	void focusingAMarkShowsItsTitleAndDate() {
		open("/");
		WebElement mark = this.driver.findElement(By.cssSelector("svg.overview a.mark"));
		WebElement tip = mark.findElement(By.cssSelector(".mark-tip"));
		assertThat(display(tip)).as("a tip is not even laid out until it is wanted").isEqualTo("none");
		assertThat(tip.isDisplayed()).isFalse();
		for (int i = 0; i < 200 && !this.driver.switchTo().activeElement().equals(mark); i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
		}
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(mark);
		assertThat(display(tip)).isNotEqualTo("none");
		assertThat(tip.isDisplayed()).isTrue();
		assertThat(tip.getText()).isEqualTo(mark.getDomAttribute("aria-label"));
	}

	@Test
	void lanesByThemeLabelWithoutOverlapAndKeepEachMarkInALaneOfItsThemes() {
		open("/?lanes=theme");
		List<WebElement> names = this.driver.findElements(By.cssSelector("svg.overview .lane-name"));
		List<String> themes = new java.util.ArrayList<>();
		this.site.api("/api/themes").forEach((theme) -> themes.add(theme.get("title").asString()));
		assertThat(names.stream().map(WebElement::getText).map((name) -> name.replace(": no events here", "")))
			.as("a lane per theme, in order")
			.containsExactlyElementsOf(themes);
		List<WebElement> labels = labels();
		assertThat(labels).as("labelled marks in the lanes").hasSizeGreaterThanOrEqualTo(5);
		List<WebElement> texts = new java.util.ArrayList<>(labels);
		texts.addAll(names);
		assertNoOverlap(texts);

		// Each mark's shape, its lane's area and its event, read in one script.
		@SuppressWarnings("unchecked")
		List<List<Object>> marks = (List<List<Object>>) ((JavascriptExecutor) this.driver).executeScript("""
				var out = [];
				document.querySelectorAll('svg.overview g.lane-marks').forEach(function (group) {
				  var lane = group.getAttribute('data-lane');
				  var area = document.querySelector('svg.overview g.lane[data-lane="' + lane + '"] .lane-area')
				    .getBoundingClientRect();
				  group.querySelectorAll('a.mark').forEach(function (mark) {
				    var shape = mark.querySelector(':scope > circle, :scope > rect').getBoundingClientRect();
				    out.push([lane, mark.getAttribute('href'), shape.top, shape.bottom, area.top, area.bottom,
				      mark.getAttribute('tabindex') === '-1' && mark.getAttribute('aria-hidden') === 'true'
				        && !mark.hasAttribute('aria-label') && mark.classList.contains('echo'),
				      mark.hasAttribute('tabindex') || mark.hasAttribute('aria-hidden')]);
				  });
				});
				return out;""");
		java.util.Map<String, List<String>> themesOf = new java.util.HashMap<>();
		for (JsonNode event : this.site.events()) {
			List<String> ids = new java.util.ArrayList<>();
			event.get("themes").forEach((theme) -> ids.add(theme.asString()));
			themesOf.put(event.get("permalink").asString().replaceAll("^https?://[^/]+", ""), ids);
		}
		assertThat(marks).as("marks in lanes").hasSizeGreaterThan(themesOf.size() / 2);
		java.util.Set<String> drawn = new java.util.HashSet<>();
		java.util.Set<String> pairs = new java.util.HashSet<>();
		java.util.Map<String, String> linkedIn = new java.util.HashMap<>();
		for (List<Object> mark : marks) {
			String lane = (String) mark.get(0);
			String href = (String) mark.get(1);
			double top = ((Number) mark.get(2)).doubleValue();
			double bottom = ((Number) mark.get(3)).doubleValue();
			assertThat(top).as("%s in lane %s", href, lane)
				.isGreaterThanOrEqualTo(((Number) mark.get(4)).doubleValue());
			assertThat(bottom).as("%s in lane %s", href, lane)
				.isLessThanOrEqualTo(((Number) mark.get(5)).doubleValue());
			assertThat(themesOf.get(href)).as("the themes of %s", href).contains(lane);
			drawn.add(href);
			pairs.add(href + " " + lane);
			boolean echo = (Boolean) mark.get(6);
			if (!echo) {
				assertThat((Boolean) mark.get(7)).as("%s in lane %s: a link, neither hidden nor skipped", href, lane)
					.isFalse();
				assertThat(linkedIn.put(href, lane)).as("%s linked in a second lane, %s", href, lane).isNull();
			}
		}
		assertThat(linkedIn.keySet()).as("every event linked (a tab stop) exactly once").isEqualTo(drawn);
		linkedIn.forEach((href, lane) -> assertThat(lane).as("the lane %s is linked in", href)
			.isEqualTo(themesOf.get(href).isEmpty() ? "none" : themesOf.get(href).get(0)));
		for (String href : drawn) {
			for (String theme : themesOf.get(href)) {
				assertThat(pairs).as("%s in the lane of each of its themes", href).contains(href + " " + theme);
			}
		}

		this.driver.findElement(By.linkText("one band")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("lanes="));
		assertThat(this.driver.findElements(By.cssSelector("svg.overview .lane-name"))).isEmpty();
		this.driver.findElement(By.linkText("lanes by theme")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("lanes=theme"));
		assertThat(this.driver.findElements(By.cssSelector("svg.overview .lane-name"))).hasSameSizeAs(themes);
	}

	@Test
	void lanesScrollInTheirOwnBoxAtAPhonesWidth() {
		this.driver.manage().window().setSize(Chromium.PHONE);
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		for (String path : List.of("/?lanes=theme", "/")) {
			open(path);
			Number page = (Number) js
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			Object wide = js.executeScript("""
					var out = [];
					document.querySelectorAll('body *').forEach(function (e) {
					  var right = e.getBoundingClientRect().right;
					  if (right > document.documentElement.clientWidth + 1 && !e.closest('.overview-wrap')) {
					    out.push(e.tagName + '.' + e.className + ' ' + Math.round(right));
					  }
					});
					return out.slice(0, 10);""");
			assertThat(page.intValue()).as("pixels of sideways scrolling of %s (too wide: %s)", path, wide)
				.isLessThanOrEqualTo(0);
			Number drawing = (Number) js.executeScript(
					"var box = document.querySelector('.overview-wrap'); return box.scrollWidth - box.clientWidth;");
			assertThat(drawing.intValue()).as("the drawing of %s scrolls inside its box", path).isPositive();
		}
	}

	private JsonNode busiestDefaultPeriod() {
		JsonNode best = null;
		for (JsonNode scheme : this.site.api("/api/periods")) {
			if (scheme.get("isDefault").asBoolean()) {
				for (JsonNode period : scheme.get("periods")) {
					if (best == null || period.get("events").asInt() > best.get("events").asInt()) {
						best = period;
					}
				}
			}
		}
		assertThat(best).isNotNull();
		return best;
	}

	private List<WebElement> labels() {
		return this.driver.findElements(By.cssSelector("svg.overview .mark-label"));
	}

	private void assertNoOverlap(List<WebElement> labels) {
		List<Rectangle> boxes = labels.stream().map(WebElement::getRect).toList();
		for (int i = 0; i < boxes.size(); i++) {
			assertThat(boxes.get(i).getWidth()).isPositive();
			for (int j = i + 1; j < boxes.size(); j++) {
				Rectangle a = boxes.get(i);
				Rectangle b = boxes.get(j);
				boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
						&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
				assertThat(overlap).as("'%s' and '%s' overlap", labels.get(i).getText(), labels.get(j).getText())
					.isFalse();
			}
		}
	}

	private String display(WebElement element) {
		return (String) ((JavascriptExecutor) this.driver)
			.executeScript("return getComputedStyle(arguments[0]).display;", element);
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

}
