package org.sinosoviet.timeline.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study mode with JavaScript in headless Chromium: ordering with the keyboard's move
 * buttons (announced to screen readers) and by drag and drop, instant feedback without
 * leaving the page, the score kept in the browser, every study page at 375 px without
 * sideways scrolling, and the busiest revision sheet printed on two A4 pages or fewer.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class StudyBrowserIntegrationTests extends BrowserTests {

	private static final long SEED = 4242;

	@Test
	void ordersWithTheMoveButtonsAnnouncesEachMoveAndGivesFeedbackInPlace() {
		JsonNode question = question("order");
		List<String> answer = ids(question.get("answer"));
		open("/study/order?seed=" + SEED);
		assertThat(this.driver.findElement(By.cssSelector(".order-selects")).isDisplayed())
			.as("the selects give way to the list")
			.isFalse();
		markPage();
		// Selection sort with the buttons: bring each event up to its place.
		for (int place = 0; place < answer.size(); place++) {
			while (!listed().get(place).equals(answer.get(place))) {
				WebElement item = this.driver
					.findElement(By.cssSelector(".order-event[data-id='" + answer.get(place) + "']"));
				WebElement up = item.findElement(By.cssSelector(".order-move"));
				up.sendKeys(Keys.ENTER);
				assertThat(this.driver.switchTo().activeElement()).as("focus stays on the moved event's buttons")
					.satisfies((focused) -> assertThat(focused.getAttribute("class")).contains("order-move"));
			}
		}
		assertThat(listed()).containsExactlyElementsOf(answer);
		new WebDriverWait(this.driver, Duration.ofSeconds(5)).until((driver) -> status().contains("now place"));
		assertThat(status()).matches(".+: now place \\d of " + answer.size() + "\\.");
		assertThat(selected()).as("the selects the form sends follow the list").containsExactlyElementsOf(answer);
		this.driver.findElement(By.cssSelector(".order-form button[type=submit]")).click();
		WebElement feedback = waitForFeedback();
		assertThat(feedback.findElement(By.cssSelector(".feedback-verdict")).getText()).contains("Right: all in order");
		assertThat(pageStayed()).as("the feedback came without loading a new page").isTrue();
		assertThat(this.driver.getCurrentUrl()).contains("/study/order/answer?").contains("seed=" + SEED);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("feedback");
		assertThat(this.driver.findElement(By.cssSelector(".study-score")).getText())
			.isEqualTo("Score: 1 of 1 right, 4 to go (kept in this browser)");
		assertThat(storedScore("order")).contains("\"1\":true");
		assertThat(this.driver.findElements(By.cssSelector(".order-answer a[href^='/events/']")))
			.hasSize(answer.size());
	}

	@Test
	void ordersByDragAndDrop() {
		open("/study/order?seed=" + SEED);
		List<String> before = listed();
		// Chromium's drag and drop, as a mouse drag fires it: the last event dropped
		// above the first.
		((JavascriptExecutor) this.driver).executeScript("""
				var items = document.querySelectorAll('.order-event');
				var last = items[items.length - 1], first = items[0];
				var data = new DataTransfer();
				var box = first.getBoundingClientRect();
				last.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
				first.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data,
				    clientY: box.top + 2 }));
				first.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
				last.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
				""");
		List<String> after = listed();
		assertThat(after.get(0)).isEqualTo(before.get(before.size() - 1));
		assertThat(after.subList(1, after.size())).containsExactlyElementsOf(before.subList(0, before.size() - 1));
		assertThat(selected()).containsExactlyElementsOf(after);
		assertThat(this.driver.findElement(By.cssSelector(".order-event .order-move")).isEnabled())
			.as("the first event can go no higher")
			.isFalse();
	}

	@Test
	void datesAnEventWithInstantFeedbackThenGoesOnToTheNextQuestion() {
		JsonNode question = question("when");
		open("/study/when?seed=" + SEED);
		markPage();
		String year = question.get("start").asString().substring(0, 4);
		this.driver.findElement(By.id("when-year")).sendKeys(year);
		this.driver.findElement(By.cssSelector(".when-form button[type=submit]")).click();
		WebElement feedback = waitForFeedback();
		assertThat(pageStayed()).isTrue();
		assertThat(feedback.findElement(By.cssSelector(".feedback-verdict")).getText()).startsWith("✓");
		assertThat(feedback.findElement(By.cssSelector(".precision-note")).getText()).isNotBlank();
		assertThat(status()).isNotBlank();
		this.driver.findElement(By.cssSelector("a.study-next")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("n=2"));
		assertThat(this.driver.getCurrentUrl()).contains("right=1");
		assertThat(this.driver.findElement(By.cssSelector(".study-heading .kicker")).getText())
			.containsIgnoringCase("Question 2 of");
		assertThat(this.driver.findElement(By.cssSelector(".study-score")).getText())
			.as("the score kept in sessionStorage, on the next question's page")
			.isEqualTo("Score: 1 of 1 right, 4 to go (kept in this browser)");
	}

	@Test
	void spotsTheErrorWithInstantFeedbackShowingBothSources() {
		JsonNode question = question("spot");
		open("/study/spot?seed=" + SEED);
		if (question.get("versions").isEmpty()) {
			this.driver.findElement(By.id("judgement-wrong")).click();
		}
		else {
			this.driver.findElement(By.cssSelector("input[name=version]")).click();
		}
		this.driver.findElement(By.cssSelector(".spot-form button[type=submit]")).click();
		WebElement feedback = waitForFeedback();
		assertThat(feedback.findElements(By.cssSelector(".study-claim"))).isNotEmpty();
		assertThat(feedback.findElements(By.cssSelector(".study-claim .citations a[href^='/sources/']"))).isNotEmpty();
		assertThat(feedback.getText()).contains(question.get("statement").get("text").asString());
	}

	@Test
	void picksASourceWithInstantFeedbackNamingItsType() {
		JsonNode question = question("source");
		open("/study/source?seed=" + SEED);
		String answer = question.get("answer").asString();
		this.driver.findElement(By.cssSelector("input[name=pick][value='" + answer + "']")).click();
		this.driver.findElement(By.cssSelector(".source-form button[type=submit]")).click();
		WebElement feedback = waitForFeedback();
		assertThat(feedback.findElement(By.cssSelector(".feedback-verdict")).getText()).contains("Right");
		JsonNode chosen = StreamSupport.stream(question.get("choices").spliterator(), false)
			.filter((choice) -> choice.get("id").asString().equals(answer))
			.findFirst()
			.orElseThrow();
		assertThat(feedback.findElement(By.cssSelector(".source-why")).getText())
			.isEqualTo(chosen.get("why").asString());
	}

	@Test
	void everyStudyPageFitsA375PixelScreen() {
		this.driver.manage().window().setSize(Chromium.PHONE);
		Map<String, Long> overflowing = new LinkedHashMap<>();
		for (Site.Page page : this.site.studyPages()) {
			open(page.path());
			long overflow = (Long) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			if (overflow > 0) {
				overflowing.put(page.path(), overflow);
			}
		}
		assertThat(overflowing).as("pixels of sideways scrolling at 375 px").isEmpty();
	}

	@Test
	void theBusiestRevisionSheetPrintsOnTwoA4PagesAtMost() {
		String busiest = null;
		int most = -1;
		JsonNode scheme = StreamSupport.stream(this.site.api("/api/periods").spliterator(), false)
			.filter((s) -> s.get("isDefault").asBoolean())
			.findFirst()
			.orElseThrow();
		for (JsonNode period : scheme.get("periods")) {
			int key = this.site.eventIds(Map.of("period", period.get("id").asString(), "importance", "2")).size();
			if (key > most) {
				most = key;
				busiest = period.get("id").asString();
			}
		}
		open("/study/sheets/" + busiest);
		assertThat(this.driver.findElements(By.cssSelector(".sheet-entry"))).hasSize(most);
		assertThat(this.driver.findElement(By.cssSelector(".print-page")).isDisplayed())
			.as("the print button, where scripts run")
			.isTrue();
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setBackground(false);
		String pdf = ((PrintsPage) this.driver).print(options).getContent();
		int pages = pages(Base64.getDecoder().decode(pdf));
		System.out
			.println("Revision sheet /study/sheets/" + busiest + ": " + most + " events on " + pages + " A4 pages");
		assertThat(pages).as("A4 pages of the sheet of %s (%d events)", busiest, most).isBetween(1, 2);
		// The same check prints the much longer timeline on more pages, so it can tell.
		open("/?importance=2");
		assertThat(pages(Base64.getDecoder().decode(((PrintsPage) this.driver).print(options).getContent())))
			.isGreaterThan(2);
	}

	/** The pages of a PDF, counted as its page objects. */
	static int pages(byte[] pdf) {
		Matcher matcher = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])")
			.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private JsonNode question(String exercise) {
		return this.site.api("/api/study/" + exercise + "?seed=" + SEED).get("questions").get(0);
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

	/** Marks the document, so that a test can tell whether a new page loaded since. */
	private void markPage() {
		((JavascriptExecutor) this.driver).executeScript("window.__studyMark = true;");
	}

	private boolean pageStayed() {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) this.driver).executeScript("return window.__studyMark === true;"));
	}

	private WebElement waitForFeedback() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
	}

	private List<String> listed() {
		return this.driver.findElements(By.cssSelector(".order-events .order-event"))
			.stream()
			.map((item) -> item.getAttribute("data-id"))
			.toList();
	}

	private List<String> selected() {
		List<String> values = new ArrayList<>();
		for (WebElement select : this.driver.findElements(By.cssSelector(".order-selects select"))) {
			values.add(select.getDomProperty("value"));
		}
		return values;
	}

	private String status() {
		return this.driver.findElement(By.cssSelector(".study-status")).getDomProperty("textContent");
	}

	private String storedScore(String exercise) {
		return String.valueOf(((JavascriptExecutor) this.driver)
			.executeScript("for (var i = 0; i < sessionStorage.length; i++) { var k = sessionStorage.key(i);"
					+ " if (k.indexOf('/study/" + exercise
					+ "') >= 0) return sessionStorage.getItem(k); } return null;"));
	}

	private static List<String> ids(JsonNode items) {
		return StreamSupport.stream(items.spliterator(), false).map((item) -> item.get("id").asString()).toList();
	}

}
