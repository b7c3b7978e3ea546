package org.summittracker.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summittracker.account.Role;
import org.summittracker.support.Chromium;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader on a phone: a real headless Chromium 390 CSS pixels wide. No public page
 * scrolls sideways, every field of the attendance table is on screen, the header menu
 * folds away, and an editor can use the in-place attendance editor.
 */
class PhoneBrowserTest extends IntegrationTest {

	static final int PHONE_WIDTH = 390;

	static final List<String> PUBLIC_PAGES = List.of("/", "/summits", "/summits/sco-2024-astana",
			"/summits/nato-2024-washington", "/leaders", "/leaders/recep-tayyip-erdogan", "/nations", "/nations/turkey",
			"/nations/india", "/organizations", "/organizations/sco", "/organizations/sco/matrix", "/matrix",
			"/organizations/sco/timeline", "/timeline", "/leaders/recep-tayyip-erdogan/timeline", "/map",
			"/search?q=erdogan", "/compare/summits?s=sco-2024-astana&s=nato-2024-washington",
			"/compare/organizations?o=sco&o=nato", "/embed/summits/sco-2024-astana",
			"/embed/leaders/recep-tayyip-erdogan", "/login", "/api/docs");

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Chromium.start((options) -> {
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
		});
		this.browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.update("delete from summit where slug = 'test-phone-summit'");
	}

	@Test
	void noPublicPageScrollsSidewaysOnAPhone() {
		assertThat(viewportWidth()).isBetween(PHONE_WIDTH - 20L, (long) PHONE_WIDTH);
		long summit = this.jdbc.queryForObject("select id from summit where slug = 'sco-2024-astana'", Long.class);
		List<String> pages = new ArrayList<>(PUBLIC_PAGES);
		pages.add("/history/summit/" + summit);
		List<String> tooWide = new ArrayList<>();
		for (String path : pages) {
			this.browser.get(baseUrl() + path);
			long scrollWidth = number("return document.documentElement.scrollWidth");
			long clientWidth = number("return document.documentElement.clientWidth");
			if (scrollWidth > clientWidth) {
				tooWide.add(path + " is " + scrollWidth + " px wide in " + clientWidth);
			}
		}
		assertThat(tooWide).isEmpty();
	}

	@Test
	void everyAttendanceFieldIsOnScreenAndTheMenuFoldsAway() {
		long width = viewportWidth();
		this.browser.get(baseUrl() + "/summits/sco-2024-astana");
		List<WebElement> cells = this.browser
			.findElements(By.cssSelector("table.attendance tbody tr:not(.group-row) td"));
		assertThat(cells).hasSizeGreaterThan(12 * 4);
		List<String> offScreen = new ArrayList<>();
		for (WebElement cell : cells) {
			if (cell.getText().isBlank()) {
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) this.browser).executeScript(
					"var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", cell);
			if (!cell.isDisplayed() || box.get("left").doubleValue() < 0 || box.get("right").doubleValue() > width) {
				offScreen.add(cell.getAttribute("data-label") + ": " + cell.getText());
			}
		}
		assertThat(offScreen).isEmpty();
		WebElement india = this.browser
			.findElement(By.xpath("//table[contains(@class,'attendance')]//tr[.//a[text()='India']]"));
		assertThat(india.getText()).contains("S. Jaishankar", "sent instead of Narendra Modi", "Minister", "Attended",
				"Sent instead of Prime Minister Modi.", "[1]");
		// both sources of the row (what was expected, what happened), numbered as the
		// page
		// numbers its sources
		assertThat(india.getText()).containsPattern("\\[1\\][\\s\\S]*\\[\\d+\\]");
		List<Object> labels = new ArrayList<>();
		for (WebElement cell : india.findElements(By.tagName("td"))) {
			labels.add(((JavascriptExecutor) this.browser)
				.executeScript("return getComputedStyle(arguments[0], '::before').content", cell));
		}
		assertThat(labels).as("each field is labelled with its column on a phone")
			.containsExactly("\"Nation\"", "\"Represented by\"", "\"Capacity\"", "\"Status\"", "\"Note\"",
					"\"Sources\"");

		WebElement summits = this.browser.findElement(By.cssSelector(".site-menu-links a[href='/summits']"));
		assertThat(summits.isDisplayed()).as("the menu is folded on a phone").isFalse();
		assertThat(this.browser.findElement(By.id("site-search")).isDisplayed()).isTrue();
		this.browser.findElement(By.cssSelector(".site-menu > summary")).click();
		assertThat(summits.isDisplayed()).isTrue();
	}

	@Test
	void theSchemaOrgScriptIsReadAndNotBlockedByTheContentSecurityPolicy() {
		this.browser.get(baseUrl() + "/summits/sco-2024-astana");
		Object type = ((JavascriptExecutor) this.browser).executeScript(
				"return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']");
		assertThat(type).isEqualTo("Event");
		List<String> violations = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((m) -> m.contains("Content Security Policy") || m.contains("Refused"))
			.toList();
		assertThat(violations).isEmpty();
	}

	@Test
	void anEditorEditsAttendanceInPlaceOnAPhone() {
		signedIn(Role.EDITOR);
		this.browser.get(baseUrl() + "/login");
		this.browser.findElement(By.id("username")).sendKeys("test-editor");
		this.browser.findElement(By.id("password")).sendKeys(TEST_PASSWORD);
		this.browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl() + "/"));

		long width = viewportWidth();
		this.browser.get(baseUrl() + "/summits/sco-2024-astana");
		WebElement edit = this.browser.findElement(By.cssSelector("#attendance-section a.edit-attendance"));
		edit.sendKeys(Keys.ENTER);
		WebElement form = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attendance-editor form")));
		assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
		for (WebElement field : form
			.findElements(By.cssSelector("input:not([type=hidden]), select, textarea, button"))) {
			if (!field.isDisplayed()) {
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) this.browser).executeScript(
					"var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", field);
			assertThat(box.get("left").doubleValue()).as(field.getAttribute("id")).isGreaterThanOrEqualTo(0);
			assertThat(box.get("right").doubleValue()).as(field.getAttribute("id")).isLessThanOrEqualTo(width);
		}
	}

	@Test
	void theApiDocsCarryTheAppsHeaderWithALinkHome() {
		this.browser.get(baseUrl() + "/api/docs");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((b) -> !b.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
		WebElement home = this.browser.findElement(By.cssSelector(".api-header a.api-brand"));
		assertThat(home.getAttribute("href")).isEqualTo(baseUrl() + "/");
		assertThat(home.getText()).contains("Summit Tracker");
		assertThat(number("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
	}

	private long viewportWidth() {
		this.browser.get(baseUrl() + "/");
		return number("return document.documentElement.clientWidth");
	}

	private long number(String script) {
		return ((Number) ((JavascriptExecutor) this.browser).executeScript(script)).longValue();
	}

}
