package org.summittracker.api;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summittracker.support.Chromium;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browsable API docs (Swagger UI from springdoc's webjar) in a real headless
 * Chromium, under the app's Content Security Policy: the page must load its scripts,
 * fetch the OpenAPI document and list every operation.
 */
class ApiDocsBrowserTest extends IntegrationTest {

	private ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Chromium.start((options) -> {
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
		});
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theDocsPageListsEveryOperationUnderTheContentSecurityPolicy() {
		this.browser.get(baseUrl() + "/api/docs");

		List<WebElement> paths = new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((b) -> {
			List<WebElement> found = b.findElements(By.cssSelector(".opblock-summary-path"));
			return (found.size() >= 9) ? found : null;
		});
		assertThat(paths).extracting(WebElement::getText)
			.contains("/api/summits", "/api/summits/{slug}", "/api/leaders/{slug}", "/api/sources");
		// Swagger UI applies one inline style that style-src 'self' refuses (cosmetic);
		// no script or request is refused.
		List<String> refused = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.filter((message) -> !message.contains("Applying inline style"))
			.toList();
		assertThat(refused).isEmpty();
	}

}
