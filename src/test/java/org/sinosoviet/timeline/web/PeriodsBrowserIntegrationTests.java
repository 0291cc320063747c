package org.sinosoviet.timeline.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
 * The periodizations side by side in headless Chromium against the running app.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class PeriodsBrowserIntegrationTests extends BrowserTests {

	@Test
	void drawsARowPerSchemeWithABandPerPeriodOnOneAxis() {
		List<JsonNode> schemes = new ArrayList<>();
		this.site.api("/api/periods").forEach(schemes::add);
		open("/periods");
		List<WebElement> rows = this.driver.findElements(By.cssSelector("svg.periods g.scheme-row"));
		assertThat(rows).hasSameSizeAs(schemes);
		for (int i = 0; i < schemes.size(); i++) {
			List<String> expected = new ArrayList<>();
			schemes.get(i).get("periods").forEach((period) -> expected.add("/periods/" + period.get("id").asString()));
			List<WebElement> bands = rows.get(i).findElements(By.cssSelector("a.period-band"));
			assertThat(bands).extracting((band) -> band.getDomAttribute("href")).containsExactlyElementsOf(expected);
			assertThat(bands).allSatisfy((band) -> assertThat(band.getDomAttribute("aria-label")).isNotBlank());
			double lastTop = -1;
			for (WebElement band : bands) {
				WebElement rect = band.findElement(By.tagName("rect"));
				assertThat(rect.getRect().getWidth()).as("band %s is drawn", band.getDomAttribute("href")).isPositive();
				lastTop = rect.getRect().getY();
			}
			assertThat(lastTop).isPositive();
		}
		// One axis: periods of different schemes that start the same year start at the
		// same x.
		WebElement first = rows.get(0).findElement(By.cssSelector("a.period-band rect"));
		String year = schemes.get(0).get("periods").get(0).get("firstDay").asString();
		for (int i = 1; i < schemes.size(); i++) {
			JsonNode periods = schemes.get(i).get("periods");
			for (int j = 0; j < periods.size(); j++) {
				if (periods.get(j).get("firstDay").asString().equals(year)) {
					WebElement rect = rows.get(i).findElements(By.cssSelector("a.period-band rect")).get(j);
					assertThat(Math.abs(rect.getRect().getX() - first.getRect().getX())).isLessThanOrEqualTo(1);
				}
			}
		}
	}

	@Test
	void bandsAreTabStopsWithAVisibleFocusLeadingToTheirPeriod() {
		open("/periods");
		WebElement band = this.driver.findElement(By.cssSelector("svg.periods a.period-band"));
		String before = stroke(band);
		for (int i = 0; i < 200 && !this.driver.switchTo().activeElement().equals(band); i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
		}
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(band);
		assertThat(stroke(band)).isNotEqualTo(before).isEqualTo("rgb(194, 65, 12)");
		String href = band.getDomAttribute("href");
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(href));
		assertThat(URI.create(this.driver.getCurrentUrl()).getPath()).isEqualTo(href);
		assertThat(this.driver.findElement(By.cssSelector(".lede")).getText()).as("the period's description")
			.isNotBlank();
	}

	@Test
	void doesNotOverflowAPhonesWidth() {
		this.driver.manage().window().setSize(Chromium.PHONE);
		open("/periods");
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		Number page = (Number) js.executeScript("return document.documentElement.scrollWidth;");
		Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth;");
		assertThat(page.intValue()).isLessThanOrEqualTo(viewport.intValue());
	}

	private String stroke(WebElement band) {
		return (String) ((JavascriptExecutor) this.driver)
			.executeScript("return getComputedStyle(arguments[0].querySelector('rect')).stroke;", band);
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

}
