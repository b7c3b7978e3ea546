package org.summittracker.historian;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
			Map<String, Object> snapshot = snapshot();
			if (snapshot != null && Boolean.TRUE.equals(snapshot.get("done"))) {
				break;
			}
			if (snapshot != null && snapshot.containsKey("value")) {
				int value = Integer.parseInt((String) snapshot.get("value"));
				assertThat(snapshot.get("max")).isEqualTo("100");
				assertThat(((Number) snapshot.get("width")).intValue()).isGreaterThan(300);
				assertThat(snapshot.get("percent")).isEqualTo(value + " %");
				seen.add(value);
				stages.add((String) snapshot.get("stage"));
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

	/**
	 * Reads the progress block in one script run, so that every figure comes from the
	 * same document: the page refreshes itself every two seconds, and element-by-element
	 * reads could straddle two documents (or one still being parsed). Answers
	 * {@code null} while the browser is between documents, {@code done} once the import's
	 * figures are shown, and nothing while the refreshed document (and its stylesheet) is
	 * still loading.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> snapshot() {
		try {
			return (Map<String, Object>) ((JavascriptExecutor) this.browser).executeScript("""
					const block = document.getElementById('import-progress');
					if (!block) {
					  return { done: document.querySelector('#imports tbody tr') !== null };
					}
					const bar = block.querySelector('progress');
					const percent = document.getElementById('import-progress-percent');
					const stage = document.getElementById('import-progress-stage');
					if (!bar || !percent || !stage || document.readyState !== 'complete') {
					  return {};
					}
					return { value: String(bar.value), max: bar.getAttribute('max'),
					         width: bar.getBoundingClientRect().width,
					         percent: percent.textContent.trim(), stage: stage.textContent.trim() };
					""");
		}
		catch (WebDriverException ex) {
			// the refresh replaced the document while the script ran; read the next one
			return null;
		}
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
