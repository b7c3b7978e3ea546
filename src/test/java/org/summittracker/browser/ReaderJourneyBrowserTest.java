package org.summittracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summittracker.support.Chromium;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real headless Chromium: from the home page to the Astana summit, then to
 * Erdoğan's page. Uses the system Chromium and ChromeDriver where present (Debian's
 * packages); elsewhere Selenium Manager finds a browser.
 */
class ReaderJourneyBrowserTest extends IntegrationTest {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aReaderGoesFromTheHomePageToTheAstanaSummitAndOnToErdogan() {
		this.browser.get(baseUrl() + "/");
		assertThat(this.browser.getTitle()).startsWith("Summit Tracker");

		press(this.browser.findElement(By.linkText("SCO Summit 2024")));
		waitForHeading("SCO Summit 2024");
		assertThat(this.browser.getCurrentUrl()).endsWith("/summits/sco-2024-astana");
		WebElement attendance = this.browser.findElement(By.cssSelector("table.attendance"));
		assertThat(attendance.getText()).contains("Kassym-Jomart Tokayev", "Xi Jinping", "Vladimir Putin",
				"S. Jaishankar", "sent instead of Narendra Modi", "Alexander Lukashenko", "António Guterres");
		assertThat(this.browser.findElement(By.cssSelector(".absences")).getText()).contains("Narendra Modi",
				"S. Jaishankar");

		press(attendance.findElement(By.linkText("Recep Tayyip Erdoğan")));
		waitForHeading("Recep Tayyip Erdoğan");
		String appearances = this.browser.findElement(By.cssSelector("table.appearances")).getText();
		assertThat(appearances).contains("SCO Summit 2024", "NATO Summit 2024", "G7 Summit 2024");
		assertThat(this.browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Leaders");
	}

	/**
	 * Follows a link from the keyboard, as a keyboard user does; a link whose text wraps
	 * over two lines has no clickable point at its geometric centre, so a mouse-style
	 * click would be flaky there.
	 */
	private void press(WebElement link) {
		link.sendKeys(Keys.ENTER);
	}

	private void waitForHeading(String text) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
	}

}
