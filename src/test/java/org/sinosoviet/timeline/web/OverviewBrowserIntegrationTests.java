package org.sinosoviet.timeline.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's labels and zoom in headless Chromium against the running app.
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
		assertThat(visibility(tip)).isEqualTo("hidden");
		for (int i = 0; i < 200 && !this.driver.switchTo().activeElement().equals(mark); i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
		}
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(mark);
		assertThat(visibility(tip)).isEqualTo("visible");
		assertThat(tip.getText()).isEqualTo(mark.getDomAttribute("aria-label"));
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

	private String visibility(WebElement element) {
		return (String) ((JavascriptExecutor) this.driver)
			.executeScript("return getComputedStyle(arguments[0]).visibility;", element);
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

}
