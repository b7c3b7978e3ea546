package org.summittracker.historian;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summittracker.account.Role;
import org.summittracker.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in a real headless Chromium starts an import of the bundled snapshot (into
 * this JVM's own historian database) and watches the admin page's progress bar, which the
 * page refreshes every two seconds, until the import's figures replace it.
 */
class HistorianProgressBrowserTest extends HistorianTest {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		signedIn(Role.ADMIN).get("/");
		this.browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theProgressBarAdvancesWhileTheImportRunsAndGivesWayToItsFigures() {
		Chromium.signIn(this.browser, baseUrl(), "test-admin", TEST_PASSWORD);
		this.browser.get(baseUrl() + "/admin/historian");
		assertThat(this.browser.findElements(By.id("import-progress"))).isEmpty();

		this.browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();

		List<Integer> seen = new ArrayList<>();
		List<String> stages = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			List<WebElement> progress = this.browser.findElements(By.id("import-progress"));
			if (progress.isEmpty()) {
				if (!this.browser.findElements(By.cssSelector("#imports tbody tr")).isEmpty()) {
					break;
				}
			}
			else {
				try {
					WebElement bar = progress.get(0).findElement(By.tagName("progress"));
					int value = Integer.parseInt(bar.getDomProperty("value"));
					assertThat(bar.getDomProperty("max")).isEqualTo("100");
					assertThat(bar.getSize().getWidth()).isGreaterThan(300);
					assertThat(progress.get(0).findElement(By.id("import-progress-percent")).getText())
						.isEqualTo(value + " %");
					seen.add(value);
					stages.add(progress.get(0).findElement(By.id("import-progress-stage")).getText());
				}
				catch (org.openqa.selenium.StaleElementReferenceException
						| org.openqa.selenium.NoSuchElementException ex) {
					// the page refreshed between reads (or the new one was still being
					// parsed
					// when its first part was found); read it again
				}
			}
			sleep(300);
		}

		assertThat(seen).as("progress seen while the import ran").isNotEmpty();
		assertThat(seen).isSorted();
		assertThat(seen).anyMatch((v) -> v > 0);
		assertThat(stages).allMatch((s) -> s.startsWith("Importing the bundled snapshot"));
		assertThat(stages).anyMatch((s) -> s.contains("of 7,535 records"));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#imports tbody tr")));
		assertThat(this.browser.findElements(By.id("import-progress"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("#imports tbody tr")).getText()).contains("DONE", "7,535");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
