package org.summittracker.search;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summittracker.support.Chromium;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real headless Chromium types part of a name into the header's search box,
 * picks the suggestion from the keyboard and lands on the leader's page. Chromium is
 * started as in ReaderJourneyBrowserTest.
 */
class SearchBrowserTest extends IntegrationTest {

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
	void aReaderTypesErdoPicksTheSuggestionAndLandsOnErdogansPage() {
		this.browser.get(baseUrl() + "/summits");
		WebElement box = this.browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));

		box.sendKeys("erdo");
		WebElement suggestion = new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#site-search-suggestions ul.search-suggestion-list a")));
		assertThat(suggestion.getText()).startsWith("Recep Tayyip Erdoğan");

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(this.browser.switchTo().activeElement().getAttribute("href"))
			.endsWith("/leaders/recep-tayyip-erdogan");
		this.browser.switchTo().activeElement().sendKeys(Keys.ENTER);

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Recep Tayyip Erdoğan"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/leaders/recep-tayyip-erdogan");
	}

}
