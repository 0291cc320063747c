package org.sinosoviet.timeline.web;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study mode in headless Chromium with JavaScript switched off: every exercise is a GET
 * form, its answer a server-rendered page, and the score travels in the form's hidden
 * fields from one question to the next.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class StudyNoScriptBrowserIntegrationTests extends BrowserTests {

	private static final long SEED = 4242;

	@Override
	boolean javascript() {
		return false;
	}

	@Test
	void theBrowserRunsNoScript() {
		open("/study/order?seed=" + SEED);
		List<WebElement> buttons = this.driver.findElements(By.cssSelector(".order-move"));
		assertThat(buttons).as("the move buttons, written for the script").isNotEmpty();
		assertThat(buttons).as("no move buttons shown without script").noneMatch(WebElement::isDisplayed);
		assertThat(this.driver.findElement(By.cssSelector(".order-selects")).isDisplayed()).as("the selects instead")
			.isTrue();
		assertThat(this.driver.findElement(By.cssSelector(".order-instructions")).getText()).doesNotContain("drag");
		assertThat(this.driver.findElement(By.cssSelector(".order-form")).getAttribute("class"))
			.doesNotContain("is-enhanced");
	}

	@Test
	void aRevisionSheetShowsNoPrintButtonThatCouldNotWork() {
		open(this.site.busiestSheet());
		assertThat(this.driver.findElement(By.cssSelector(".print-page")).isDisplayed()).isFalse();
		assertThat(this.driver.findElements(By.cssSelector(".sheet-entry"))).isNotEmpty();
	}

	@Test
	void startsASetFromTheStudyPageWithAFreshSeedInTheAddress() {
		open("/study");
		new Select(this.driver.findElement(By.id("study-importance"))).selectByValue("1");
		this.driver.findElement(By.cssSelector("button[formaction='/study/when']")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("seed="));
		assertThat(this.driver.getCurrentUrl()).contains("/study/when?seed=").contains("importance=1");
		assertThat(this.driver.findElement(By.id("when-year")).isDisplayed()).isTrue();
	}

	@Test
	void ordersWithTheSelectsAndCarriesTheScoreToTheNextQuestion() {
		JsonNode question = question("order");
		open("/study/order?seed=" + SEED);
		List<WebElement> selects = this.driver.findElements(By.cssSelector(".order-selects select"));
		List<String> answer = ids(question.get("answer"));
		assertThat(selects).hasSize(answer.size());
		for (int i = 0; i < answer.size(); i++) {
			new Select(selects.get(i)).selectByValue(answer.get(i));
		}
		submit(".order-form");
		assertThat(this.driver.getCurrentUrl()).contains("/study/order/answer?");
		assertThat(feedback().findElement(By.cssSelector(".feedback-verdict")).getText())
			.contains("Right: all in order");
		assertThat(this.driver.findElement(By.cssSelector(".study-score-text")).getText())
			.isEqualTo("1 of 1 right, 4 to go");
		this.driver.findElement(By.cssSelector("a.study-next")).click();
		assertThat(this.driver.getCurrentUrl()).contains("n=2").contains("right=1");
		assertThat(this.driver.findElement(By.cssSelector(".study-score")).getText())
			.as("carried by the form, not kept in this browser")
			.isEqualTo("Score: 1 of 1 right, 4 to go");
		// A wrong order now: the score stays at one right out of two.
		List<WebElement> next = this.driver.findElements(By.cssSelector(".order-selects select"));
		String first = new Select(next.get(0)).getOptions().get(0).getDomProperty("value");
		next.forEach((select) -> new Select(select).selectByValue(first));
		submit(".order-form");
		assertThat(feedback().findElement(By.cssSelector(".feedback-verdict")).getText())
			.contains("in the right place");
		assertThat(feedback().getText()).contains("in more than one place");
		assertThat(this.driver.findElement(By.cssSelector(".study-score-text")).getText())
			.isEqualTo("1 of 2 right, 3 to go");
	}

	@Test
	void datesAnEventByYearAndMonthOnAServerRenderedAnswerPage() {
		JsonNode question = question("when");
		open("/study/when?seed=" + SEED);
		String start = question.get("start").asString();
		int wrongYear = Integer.parseInt(start.substring(0, 4)) - 5;
		this.driver.findElement(By.id("when-year")).sendKeys(String.valueOf(wrongYear));
		submit(".when-form");
		WebElement feedback = feedback();
		assertThat(feedback.findElement(By.cssSelector(".feedback-verdict")).getText()).startsWith("✗ Not quite");
		assertThat(feedback.getText()).contains("5 years early").contains(question.get("displayDate").asString());
		assertThat(feedback.findElement(By.cssSelector("a[href^='/events/']")).getAttribute("href"))
			.endsWith("/events/" + question.get("event").asString());
		assertThat(this.driver.findElement(By.cssSelector(".study-score-text")).getText()).startsWith("0 of 1 right");
	}

	@Test
	void spotsTheErrorOnAServerRenderedAnswerPage() {
		JsonNode question = question("spot");
		open("/study/spot?seed=" + SEED);
		boolean versions = !question.get("versions").isEmpty();
		if (versions) {
			String right = question.get("rightVersions").get(0).asString();
			this.driver.findElement(By.cssSelector("input[name=version][value='" + right + "']")).click();
		}
		else {
			boolean correct = question.get("verdict").asString().equals("corroborated");
			this.driver.findElement(By.id(correct ? "judgement-right" : "judgement-wrong")).click();
		}
		submit(".spot-form");
		WebElement feedback = feedback();
		assertThat(feedback.findElement(By.cssSelector(".feedback-verdict")).getText()).contains("Right");
		assertThat(feedback.getText()).contains(question.get("verdict").asString().equals("corroborated")
				? "The statement is right" : "The statement is wrong");
		if (question.get("verdict").asString().equals("contradicted")) {
			assertThat(feedback.getText()).contains(question.get("correction").get("text").asString());
		}
	}

	@Test
	void picksASourceOnAServerRenderedAnswerPage() {
		JsonNode question = question("source");
		open("/study/source?seed=" + SEED);
		String wrong = StreamSupport.stream(question.get("choices").spliterator(), false)
			.map((choice) -> choice.get("id").asString())
			.filter((id) -> !id.equals(question.get("answer").asString()))
			.findFirst()
			.orElseThrow();
		this.driver.findElement(By.cssSelector("input[name=pick][value='" + wrong + "']")).click();
		submit(".source-form");
		WebElement feedback = feedback();
		assertThat(feedback.findElement(By.cssSelector(".feedback-verdict")).getText()).contains("Not quite");
		assertThat(feedback.findElements(By.cssSelector(".study-offered li"))).hasSize(question.get("choices").size());
		assertThat(feedback.findElement(By.cssSelector(".source-why")).getText()).isNotBlank();
	}

	private JsonNode question(String exercise) {
		return this.site.api("/api/study/" + exercise + "?seed=" + SEED).get("questions").get(0);
	}

	private void open(String path) {
		this.driver.get(this.site.url(path));
	}

	private void submit(String form) {
		this.driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/answer?"));
	}

	private WebElement feedback() {
		return this.driver.findElement(By.id("feedback"));
	}

	private static List<String> ids(JsonNode items) {
		return StreamSupport.stream(items.spliterator(), false).map((item) -> item.get("id").asString()).toList();
	}

}
