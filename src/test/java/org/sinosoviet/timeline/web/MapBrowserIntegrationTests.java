package org.sinosoviet.timeline.web;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The map of places and the locator maps in headless Chromium against the running app:
 * the filter, the labels, keyboard focus on the markers, and a phone's width.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class MapBrowserIntegrationTests extends BrowserTests {

	/** More Tab presses than the map page has tab stops before its last marker. */
	private static final int MAX_TABS = 400;

	@Test
	void filterKeepsExactlyThePlacedPlacesOfTheMatchingEvents() {
		open("/places");
		Set<String> all = markerPlaces();
		assertThat(all).as("markers on the whole map").isNotEmpty();
		JsonNode event = this.site.eventWithTheme();
		String theme = event.get("themes").get(0).asString();

		WebElement panel = this.driver.findElement(By.cssSelector("details.map-filter-panel"));
		if (!"true".equals(panel.getDomProperty("open"))) {
			panel.findElement(By.tagName("summary")).click();
		}
		this.driver.findElement(By.id("theme-" + theme)).click();
		this.driver.findElement(By.cssSelector("form.map-filters button[type=submit]")).click();
		wait(ExpectedConditions.urlContains("theme=" + theme));

		Set<String> expected = new HashSet<>();
		for (String id : this.site.eventIds(Map.of("theme", theme))) {
			this.site.api("/api/events/" + id)
				.get("places")
				.forEach((place) -> expected.add(place.get("id").asString()));
		}
		expected.retainAll(all);
		assertThat(markerPlaces()).as("markers for theme %s", theme).isEqualTo(expected);
		assertThat(this.driver.findElements(By.cssSelector(".chips .chip"))).as("the filter shows as a chip")
			.isNotEmpty();
	}

	@Test
	void labelsDoNotOverlapAtDesktopWidth() {
		open("/places");
		List<WebElement> labels = this.driver.findElements(By.cssSelector("svg.map .map-label"));
		assertThat(labels).as("labels on the map").hasSizeGreaterThanOrEqualTo(2);
		List<Rectangle> boxes = labels.stream().map(WebElement::getRect).toList();
		for (int i = 0; i < boxes.size(); i++) {
			assertThat(boxes.get(i).getWidth()).as("label %s is drawn", labels.get(i).getText()).isPositive();
			for (int j = i + 1; j < boxes.size(); j++) {
				assertThat(overlap(boxes.get(i), boxes.get(j)))
					.as("%s and %s overlap", labels.get(i).getText(), labels.get(j).getText())
					.isFalse();
			}
		}
	}

	@Test
	void markersAreTabStopsWithAVisibleFocusAndOpenTheirPlace() {
		open("/places");
		WebElement marker = this.driver.findElement(By.cssSelector("svg.map a.map-marker"));
		assertThat(marker.getDomAttribute("aria-label")).matches(".+: \\d+ events?");
		String before = stroke(marker);
		tabTo(marker);
		assertThat(stroke(marker)).as("the focused marker's outline")
			.isNotEqualTo(before)
			.isEqualTo("rgb(194, 65, 12)");
		String href = marker.getDomAttribute("href");
		keys(Keys.ENTER);
		wait(ExpectedConditions.urlContains(href));
		assertThat(URI.create(this.driver.getCurrentUrl()).getPath()).isEqualTo(href);
		assertThat(this.driver.findElement(By.cssSelector("figure.locator a.map-marker")).getDomAttribute("href"))
			.as("the place page's locator map marks the place")
			.isEqualTo(href);
	}

	@Test
	void eventPageShowsItsPlacesOnALocatorMap() {
		open("/places");
		String place = URI
			.create(this.driver.findElement(By.cssSelector("svg.map a.map-marker")).getDomAttribute("href"))
			.getPath()
			.replace("/places/", "");
		String event = this.site.eventIds(Map.of("place", place)).get(0);
		open("/events/" + event);
		WebElement locator = this.driver.findElement(By.cssSelector("figure.locator svg"));
		assertThat(locator.isDisplayed()).isTrue();
		assertThat(locator.getRect().getWidth()).isPositive();
		assertThat(locator.findElements(By.cssSelector("a.map-marker")))
			.extracting((marker) -> marker.getDomAttribute("href"))
			.contains("/places/" + place);
	}

	@Test
	void pagesWithMapsDoNotOverflowAPhonesWidth() {
		this.driver.manage().window().setSize(Chromium.PHONE);
		open("/places");
		String place = URI
			.create(this.driver.findElement(By.cssSelector("svg.map a.map-marker")).getDomAttribute("href"))
			.getPath();
		for (String path : List.of("/places", place,
				"/events/" + this.site.eventIds(Map.of("place", place.replace("/places/", ""))).get(0))) {
			open(path);
			Number page = (Number) js("return document.documentElement.scrollWidth;");
			Number viewport = (Number) js("return document.documentElement.clientWidth;");
			assertThat(page.intValue()).as("page width of %s at %s", path, Chromium.PHONE)
				.isLessThanOrEqualTo(viewport.intValue());
		}
	}

	@Test
	void outlinedPlacesAreShadedShapesEachWithOneLinkAndFitAPhone() {
		Set<String> expected = new HashSet<>();
		for (JsonNode place : this.site.api("/api/places")) {
			if (!place.get("outline").isEmpty() && place.get("events").asInt() > 0 && Site.outlineInAsia(place)) {
				expected.add(place.get("id").asString());
			}
		}
		assertThat(expected).as("outlined places on the map of Asia").isNotEmpty();
		open("/places");
		List<WebElement> shapes = this.driver.findElements(By.cssSelector("svg.map path.map-outline"));
		assertThat(shapes).as("one shape for each outlined place").hasSize(expected.size());
		for (WebElement shape : shapes) {
			Rectangle box = shape.getRect();
			assertThat(box.getWidth() * box.getHeight()).as("a shape is drawn").isPositive();
			assertThat((String) js("return getComputedStyle(arguments[0]).fill;", shape)).isNotEqualTo("none");
		}
		Set<String> linked = new HashSet<>();
		for (WebElement link : this.driver.findElements(By.cssSelector("svg.map a.map-shape"))) {
			assertThat(link.getDomAttribute("aria-label")).matches(".+: \\d+ events?");
			linked.add(link.getDomAttribute("href").replace("/places/", ""));
		}
		assertThat(linked).as("a shape is a link only where no marker is").doesNotContainAnyElementsOf(markerPlaces());
		Set<String> drawn = new HashSet<>(linked);
		drawn.addAll(markerPlaces());
		assertThat(drawn).as("every outlined place keeps exactly one link").containsAll(expected);
		if (!linked.isEmpty()) {
			WebElement link = this.driver.findElement(By.cssSelector("svg.map a.map-shape"));
			WebElement outline = link.findElement(By.cssSelector("path.map-outline"));
			String before = (String) js("return getComputedStyle(arguments[0]).stroke;", outline);
			tabTo(link);
			assertThat((String) js("return getComputedStyle(arguments[0]).stroke;", outline))
				.as("the focused shape's outline")
				.isNotEqualTo(before)
				.isEqualTo("rgb(194, 65, 12)");
		}

		String place = this.site.outlinedPlace(true);
		open("/places/" + place);
		assertThat(this.driver.findElements(By.cssSelector("figure.locator .current")))
			.as("the place's own shape is highlighted on its locator map")
			.hasSize(1);
		open("/places/" + this.site.outlinedPlace(false));
		assertThat(this.driver.findElement(By.cssSelector("figure.locator image")).getDomAttribute("href"))
			.as("a place beyond the map of Asia gets the world map")
			.isEqualTo("/map/world.svg");

		this.driver.manage().window().setSize(Chromium.PHONE);
		for (String path : List.of("/places", "/places/" + place, "/places/" + this.site.outlinedPlace(false))) {
			open(path);
			Number page = (Number) js("return document.documentElement.scrollWidth;");
			Number viewport = (Number) js("return document.documentElement.clientWidth;");
			assertThat(page.intValue()).as("page width of %s at %s", path, Chromium.PHONE)
				.isLessThanOrEqualTo(viewport.intValue());
		}
	}

	private Set<String> markerPlaces() {
		Set<String> places = new HashSet<>();
		for (WebElement marker : this.driver.findElements(By.cssSelector("svg.map a.map-marker"))) {
			places.add(marker.getDomAttribute("href").replace("/places/", ""));
		}
		return places;
	}

	private static boolean overlap(Rectangle a, Rectangle b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private String stroke(WebElement marker) {
		return (String) js("return getComputedStyle(arguments[0].querySelector('circle')).stroke;", marker);
	}

	private void tabTo(WebElement target) {
		for (int i = 0; i < MAX_TABS; i++) {
			keys(Keys.TAB);
			if (this.driver.switchTo().activeElement().equals(target)) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + target.getDomAttribute("href"));
	}

	private void keys(CharSequence keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	private Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

}
