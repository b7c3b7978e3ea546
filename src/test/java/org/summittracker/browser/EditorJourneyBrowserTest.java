package org.summittracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summittracker.account.Role;
import org.summittracker.support.Chromium;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real headless Chromium: signs in, creates a summit, adds attendance rows
 * in place on the summit page (one of them sent instead of someone else), sees them as a
 * reader would, and finds the change in the history.
 */
class EditorJourneyBrowserTest extends IntegrationTest {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		signedIn(Role.EDITOR).get("/");
		this.browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.update("delete from summit where slug = 'test-browser-summit-2026'");
	}

	@Test
	void anEditorCreatesASummitAddsAttendanceInPlaceAndSeesItsHistory() {
		Chromium.signIn(this.browser, baseUrl(), "test-editor", TEST_PASSWORD);

		this.browser.get(baseUrl() + "/admin/summits/new");
		type("name", "Test browser summit");
		type("slug", "test-browser-summit-2026");
		new Select(this.browser.findElement(By.id("organization")))
			.selectByVisibleText("SCO – Shanghai Cooperation Organisation");
		setDate("startDate", "2026-08-31");
		setDate("endDate", "2026-09-01");
		type("city", "Bishkek");
		click(this.browser.findElement(By.cssSelector("form.record-form button[type=submit]")));
		waitForText(By.tagName("h1"), "Test browser summit");
		assertThat(this.browser.findElement(By.cssSelector(".flash")).getText()).contains("Saved");

		addAttendance("Sadyr Japarov", "Kyrgyzstan", null);
		addAttendance("S. Jaishankar", "India", "Narendra Modi");

		WebElement table = this.browser.findElement(By.cssSelector("table.attendance"));
		assertThat(table.getText()).contains("Sadyr Japarov", "S. Jaishankar", "sent instead of Narendra Modi");
		assertThat(this.browser.getCurrentUrl()).endsWith("/summits/test-browser-summit-2026");

		this.browser.get(baseUrl() + "/summits/test-browser-summit-2026");
		this.browser.findElement(By.cssSelector(".record-actions")).findElement(By.linkText("History")).click();
		waitForText(By.tagName("h1"), "History of Test browser summit");
		assertThat(this.browser.findElement(By.cssSelector("li.change")).getText()).contains("Created",
				"by Test editor", "Bishkek");
	}

	private void addAttendance(String person, String nation, String insteadOf) {
		int rows = this.browser.findElements(By.cssSelector("table.attendance tbody tr:not(.group-row)")).size();
		this.browser.findElement(By.cssSelector("a.add-attendance")).click();
		WebElement form = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attendance-editor form")));
		pick(form, "person", person);
		pick(form, "nation", nation);
		if (insteadOf != null) {
			new Select(form.findElement(By.id("capacity"))).selectByVisibleText("Minister");
			pick(form, "insteadOf", insteadOf);
		}
		new Select(form.findElement(By.id("status"))).selectByVisibleText("Attended");
		click(form.findElement(By.cssSelector("button[type=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.cssSelector("table.attendance tbody tr:not(.group-row)"))
				.size() > rows);
		assertThat(this.browser.findElement(By.cssSelector("#attendance-section .flash")).getText())
			.isEqualTo("Attendance saved.");
	}

	/**
	 * Types into a picker, waits for its suggestions to arrive (the list is filled from
	 * the server as one types), then closes the suggestion list with Escape, as a person
	 * does who typed the whole name.
	 */
	private void pick(WebElement form, String picker, String text) {
		form.findElement(By.id(picker + "Label")).sendKeys(text);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector("#" + picker + "-options option")).isEmpty());
		form.findElement(By.id(picker + "Label")).sendKeys(Keys.ESCAPE);
	}

	/**
	 * Presses a button from the keyboard (focus, Enter), as keyboard users do: unlike a
	 * mouse click it cannot land on whatever happens to float over the button's centre,
	 * such as a suggestion list still closing.
	 */
	private void click(WebElement button) {
		button.sendKeys(Keys.ENTER);
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Date inputs take keyboard input in the browser's locale; setting the value is what
	 * a date picker does.
	 */
	private void setDate(String id, String isoDate) {
		((JavascriptExecutor) this.browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
				id, isoDate);
	}

	private void waitFor(By locator) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private void waitForText(By locator, String text) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(locator, text));
	}

}
