package org.summittracker.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests: the system Chromium and ChromeDriver where
 * present (Debian's packages, as on this project's CI), elsewhere whatever Chrome
 * Selenium Manager finds.
 */
public final class Chromium {

	private Chromium() {
	}

	public static ChromeDriver start() {
		return start((options) -> {
		});
	}

	/** Starts Chromium with extra options, e.g. browser-log capture. */
	public static ChromeDriver start(Consumer<ChromeOptions> customize) {
		ChromeOptions options = new ChromeOptions();
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--no-first-run", "--window-size=1400,1000");
		customize.accept(options);
		Path chromium = Path.of("/usr/bin/chromium");
		Path driver = Path.of("/usr/bin/chromedriver");
		if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
			options.setBinary(chromium.toString());
			return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
					options);
		}
		return new ChromeDriver(options);
	}

}
