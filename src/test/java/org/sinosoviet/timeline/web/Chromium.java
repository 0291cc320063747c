package org.sinosoviet.timeline.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian Chromium session, driven through ChromeDriver with explicit paths
 * so that Selenium Manager never runs. A test class starts one and closes it when done.
 */
final class Chromium implements AutoCloseable {

	static final Dimension WIDE = new Dimension(1280, 1000);

	static final Dimension PHONE = new Dimension(375, 800);

	private static final Path BROWSER = RequiresTools.Tool.CHROMIUM.files().get(0);

	private static final Path DRIVER = RequiresTools.Tool.CHROMIUM.files().get(1);

	private final WebDriver driver;

	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts Chromium. Test classes that call this carry
	 * {@code @RequiresTools(Tool.CHROMIUM)}.
	 */
	static Chromium start() {
		return start(true);
	}

	/**
	 * Starts Chromium, with or without JavaScript: pages must work without it.
	 * @param javascript whether pages may run scripts
	 */
	static Chromium start(boolean javascript) {
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		try {
			Path profile = Files.createTempDirectory("chrome");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile);
			if (!javascript) {
				options.setExperimentalOption("prefs",
						java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(DRIVER.toString()))
				.usingAnyFreePort()
				.withSilent(true)
				.build();
			WebDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			driver.manage().window().setSize(WIDE);
			return new Chromium(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try {
				FileSystemUtils.deleteRecursively(this.profile);
			}
			catch (IOException ex) {
				// A leftover temporary profile is harmless.
			}
		}
	}

}
