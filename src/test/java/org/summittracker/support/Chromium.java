package org.summittracker.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

	/**
	 * Signs in through the sign-in form as an editor or admin would, and waits until the
	 * navigation shows the Admin link.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Admin")));
	}

}
