package org.sinosoviet.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page moves when its script starts: the scripts only wire up what the server and the
 * stylesheet already laid out (Lighthouse counted layout shifts of 0.109 on the ordering
 * exercise and 0.03 on the printable sheets, from scripts that added, showed or restyled
 * parts after the first paint). Each page is opened with its script held back (DevTools'
 * blocked URLs), so that it paints as a slow connection would show it; then the script is
 * loaded, every element's box is compared, and the browser's own layout-shift entries are
 * summed. At 1280 and 375 px.
 */
@RunningAppTest
@RequiresTools(RequiresTools.Tool.CHROMIUM)
class ScriptStartBrowserIntegrationTests extends BrowserTests {

	private HasCdp cdp;

	@BeforeEach
	void noCache() {
		this.cdp = (HasCdp) this.driver;
		this.cdp.executeCdpCommand("Network.enable", Map.of());
		this.cdp.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
	}

	@AfterEach
	void unblock() {
		this.cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		this.cdp.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
	}

	/**
	 * Each exercise's first question, and its second with a score kept in this browser
	 * (which the script used to lengthen, wrapping the line at 375 px).
	 */
	@Test
	void studyScriptShiftsNothingOnAnyExercise() {
		List<String> shifted = new ArrayList<>();
		for (Dimension size : List.of(Chromium.WIDE, Chromium.PHONE)) {
			this.driver.manage().window().setSize(size);
			for (String exercise : List.of("order", "when", "spot", "source")) {
				String first = "/study/" + exercise + "?seed=" + Site.STUDY_SEED;
				shifted.addAll(shifts(first, "study.js", null, size));
				shifted.addAll(shifts(secondQuestion(exercise), "study.js", "{\"1\":true}", size));
			}
		}
		assertThat(shifted).as("what moved when study.js started").isEmpty();
	}

	/**
	 * The revision sheet and the key-dates sheet (print), an event and a source (copy).
	 */
	@Test
	void citeScriptShiftsNothingOnTheSheetsAndCitations() {
		List<String> shifted = new ArrayList<>();
		for (Dimension size : List.of(Chromium.WIDE, Chromium.PHONE)) {
			this.driver.manage().window().setSize(size);
			for (String path : List.of(this.site.busiestSheet(), "/export/key-dates", this.site.firstEventLink(),
					this.site.foundingSourcePage())) {
				shifted.addAll(shifts(path, "cite.js", null, size));
			}
		}
		assertThat(shifted).as("what moved when cite.js started").isEmpty();
	}

	/**
	 * Opens a page with its script blocked, stores a study score if given, notes every
	 * box, then loads the script and answers what moved and how much the browser saw
	 * shift.
	 */
	private List<String> shifts(String path, String script, String score, Dimension size) {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		this.cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/" + script)));
		this.driver.get(this.site.url(path));
		assertThat(this.driver.findElements(By.cssSelector("script[src='/js/" + script + "']")))
			.as("%s loads %s", path, script)
			.isNotEmpty();
		assertThat(this.driver.findElements(By.cssSelector(".order-form.is-enhanced")))
			.as("the script is held back on %s", path)
			.isEmpty();
		js.executeScript(
				"""
						var section = document.querySelector('.page-study-question');
						if (arguments[0]) sessionStorage.setItem('study:' + section.getAttribute('data-set'), arguments[0]);
						window.__boxes = Array.prototype.map.call(document.querySelectorAll('body *'), function (e) {
						  var r = e.getBoundingClientRect();
						  return [e, r.left, r.top, r.width, r.height];
						});
						window.__shift = 0;
						new PerformanceObserver(function (list) {
						  list.getEntries().forEach(function (entry) { if (!entry.hadRecentInput) window.__shift += entry.value; });
						}).observe({ type: 'layout-shift' });""",
				score);
		this.cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
				var name = arguments[0], done = arguments[arguments.length - 1];
				var script = document.createElement('script');
				script.src = '/js/' + name;
				script.onerror = function () { done({ error: name + ' did not load' }); };
				script.onload = function () {
				  requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(function () {
				    var moved = [];
				    window.__boxes.forEach(function (box) {
				      var r = box[0].getBoundingClientRect();
				      var now = [r.left, r.top, r.width, r.height];
				      for (var i = 0; i < 4; i++) {
				        if (Math.abs(now[i] - box[i + 1]) > 0.5) {
				          moved.push(box[0].tagName.toLowerCase() + '.' + (box[0].getAttribute('class') || '')
				            + ' from ' + box.slice(1).map(Math.round) + ' to ' + now.map(Math.round));
				          return;
				        }
				      }
				    });
				    done({ shift: window.__shift, moved: moved.slice(0, 5),
				      enhanced: document.querySelectorAll('.order-form.is-enhanced').length });
				  }, 300); }); });
				};
				document.body.appendChild(script);""", script);
		assertThat(result.get("error")).as(path).isNull();
		if (path.startsWith("/study/order?")) {
			assertThat(((Number) result.get("enhanced")).intValue()).as("the script ran on %s", path).isEqualTo(1);
		}
		List<String> shifted = new ArrayList<>();
		double shift = ((Number) result.get("shift")).doubleValue();
		@SuppressWarnings("unchecked")
		List<String> moved = (List<String>) result.get("moved");
		if (shift > 0 || !moved.isEmpty()) {
			shifted.add(path + " at " + size.getWidth() + " px: layout shift " + shift + ", moved " + moved);
		}
		return shifted;
	}

	/** The address of the second question, after answering the first rightly. */
	private String secondQuestion(String exercise) {
		String answer = this.site.get(this.site.studyAnswer(exercise), "text/html").body();
		Matcher next = Pattern.compile("class=\"button study-next\" href=\"([^\"]+)\"").matcher(answer);
		assertThat(next.find()).as("the answer to the first %s question links to the next", exercise).isTrue();
		return next.group(1).replace("&amp;", "&");
	}

}
