package org.summittracker.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.summittracker.account.AccountService;
import org.summittracker.account.Role;
import org.summittracker.system.DataVersions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over the shared test PostgreSQL, with helpers to
 * fetch pages over real HTTP and count the SQL statements a request issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	/** The password of the accounts tests sign in with. */
	protected static final String TEST_PASSWORD = "correct horse battery staple";

	@Autowired
	private AccountService accounts;

	@Autowired
	private DataVersions versions;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	/** A new browser-like session, not signed in. */
	protected WebSession anonymous() {
		return new WebSession(baseUrl());
	}

	/**
	 * A new session signed in through the sign-in form as {@code test-editor} or
	 * {@code test-admin}.
	 */
	protected WebSession signedIn(Role role) {
		String username = "test-" + role.name().toLowerCase();
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, "Test " + role.name().toLowerCase(), TEST_PASSWORD, role);
		}
		return signIn(username, TEST_PASSWORD);
	}

	/** Signs in through the form; fails the test unless the sign-in succeeded. */
	protected WebSession signIn(String username, String password) {
		WebSession session = anonymous();
		WebSession.Response response = session.submit(session.get("/login"), "form[action='/login']",
				WebSession.fields("username", username, "password", password));
		if (response.status() != 302 || response.location().contains("/login")) {
			throw new AssertionError(
					"Sign-in as " + username + " failed: " + response.status() + " " + response.location());
		}
		return session;
	}

	/**
	 * Waits until this instance knows the data version a write made with plain JDBC (not
	 * through its own transactions) moved to: with the kept version trusted
	 * ({@code summit.data-version.trusted-for} above zero), it learns of it from the
	 * database's announcement, within milliseconds of the commit. Fails after five
	 * seconds.
	 */
	protected void awaitDataVersionHeard() {
		long written = this.jdbc.queryForObject("select version from data_version", Long.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.versions.current().version() < written) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Version " + written + " not heard within five seconds");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	protected Page get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "text/html")
			.GET()
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), Jsoup.parse(response.body(), baseUrl() + path));
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Fetches a page and returns how many JDBC statements the server prepared to render
	 * it.
	 */
	protected Counted getCounting(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Page page = get(path);
		return new Counted(page, statistics.getPrepareStatementCount());
	}

	/**
	 * The page and its statements as built after a write: what pages keep per data
	 * version (the map's counts, the timeline's decades) is dropped first, so a statement
	 * count compares pages that count afresh.
	 */
	protected Counted countedAfterAWrite(String path) {
		this.jdbc.update("update data_version set version = version + 1");
		return getCounting(path);
	}

	/** A fetched page: status, content type, raw body and parsed document. */
	public record Page(int status, String contentType, String body, Document html) {

		public String text() {
			return this.html.text();
		}

		/**
		 * The first element matching the selector whose text contains the given words.
		 */
		public Element row(String selector, String containing) {
			return this.html.select(selector)
				.stream()
				.filter((row) -> row.text().contains(containing))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No " + selector + " containing '" + containing + "'"));
		}

	}

	public record Counted(Page page, long statements) {

	}

}
