package org.sinosoviet.timeline.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one headless Chromium per class, driven against the
 * running app, with a wide window before each test (a test may narrow it).
 */
abstract class BrowserTests {

	@LocalServerPort
	int port;

	Site site;

	Chromium chromium;

	WebDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		this.chromium = Chromium.start(javascript());
		this.driver = this.chromium.driver();
		this.site = new Site(this.port);
	}

	/** Whether the browser runs pages' scripts; a class may test pages without them. */
	boolean javascript() {
		return true;
	}

	@AfterAll
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@BeforeEach
	void wideWindow() {
		this.driver.manage().window().setSize(Chromium.WIDE);
	}

}
