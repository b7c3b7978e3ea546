package org.summittracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public page read again by a reader who is not signed in comes from the server's cache
 * of rendered pages (the rest of the suite runs with it off, so page statement counts
 * stay the pages' own): no query but the data version's, the same bytes, the same
 * security and caching headers; a write, a signed-in editor, an error page or a different
 * language each get a page built afresh.
 */
@TestPropertySource(properties = { "summit.page-cache.max-bytes=8388608", "summit.data-version.trusted-for=1h" })
class PageCacheTest extends IntegrationTest {

	private static final String SUMMIT = "/summits/sco-2024-astana";

	private final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	private PageCache cache;

	@BeforeEach
	void newVersion() {
		// pages kept by an earlier test are left behind
		this.jdbc.update("update data_version set version = version + 1");
		awaitDataVersionHeard();
	}

	@Test
	void aSecondReadIsServedFromTheCacheWithTheSameBodyAndHeaders() throws Exception {
		HttpResponse<String> first = request("GET", SUMMIT);
		newVersion();
		Counted built = getCounting(SUMMIT);
		assertThat(built.page().status()).isEqualTo(200);
		assertThat(built.statements()).isPositive();

		Counted kept = getCounting(SUMMIT);
		// the data version comes from memory (or one JDBC read, outside Hibernate's
		// count)
		assertThat(kept.statements()).isZero();
		assertThat(kept.page().body()).isEqualTo(built.page().body());
		assertThat(kept.page().contentType()).isEqualTo(built.page().contentType());

		HttpResponse<String> hit = request("GET", SUMMIT);
		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(hit.body()).isEqualTo(built.page().body());
		assertThat(hit.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(hit.headers().firstValue("ETag").orElseThrow()).matches("W/\"\\d+-\\d{4}-\\d{2}-\\d{2}\"");
		assertThat(hit.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=300");
		assertThat(hit.headers().firstValue("Content-Language")).isPresent()
			.isEqualTo(first.headers().firstValue("Content-Language"));
		assertThat(hit.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(hit.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> head = request("HEAD", SUMMIT);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length"))
			.hasValue(String.valueOf(built.page().body().getBytes(StandardCharsets.UTF_8).length));
	}

	@Test
	void aWriteShowsOnTheNextRead() {
		getCounting(SUMMIT);
		assertThat(getCounting(SUMMIT).statements()).isZero();
		String name = this.jdbc.queryForObject("select name from summit where slug = 'sco-2024-astana'", String.class);
		try {
			this.jdbc.update("update summit set name = 'Renamed Astana summit' where slug = 'sco-2024-astana'");
			awaitDataVersionHeard();
			Counted after = getCounting(SUMMIT);
			assertThat(after.statements()).isPositive();
			assertThat(after.page().text()).contains("Renamed Astana summit");
		}
		finally {
			this.jdbc.update("update summit set name = ? where slug = 'sco-2024-astana'", name);
		}
	}

	@Test
	void aSignedInEditorNeverGetsTheKeptPage() {
		getCounting(SUMMIT);
		assertThat(getCounting(SUMMIT).statements()).isZero();
		var page = signedIn(Role.EDITOR).fetch(SUMMIT);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("ETag")).isNull();
		assertThat(page.page().body()).contains("name=\"_csrf\"").contains("/admin/summits/");
	}

	@Test
	void aMissingPageIsNotKept() {
		assertThat(getCounting("/summits/no-such-summit").page().status()).isEqualTo(404);
		Counted again = getCounting("/summits/no-such-summit");
		assertThat(again.page().status()).isEqualTo(404);
		assertThat(again.statements()).isPositive();
	}

	@Test
	void eachLanguageAndQueryIsKeptApart() throws Exception {
		HttpResponse<String> english = request("GET", "/summits?page=1", "Accept-Language", "en");
		int kept = this.cache.size();
		HttpResponse<String> german = request("GET", "/summits?page=1", "Accept-Language", "de");
		request("GET", "/summits?page=2", "Accept-Language", "de");
		assertThat(this.cache.size()).isEqualTo(kept + 2);
		assertThat(german.statusCode()).isEqualTo(english.statusCode()).isEqualTo(200);
	}

	@Test
	void exportsAndTheApiAreNotKept() throws Exception {
		int kept = this.cache.size();
		assertThat(request("GET", "/summits.csv").statusCode()).isEqualTo(200);
		assertThat(request("GET", "/summits/sco-2024-astana.json").statusCode()).isEqualTo(200);
		assertThat(this.cache.size()).isEqualTo(kept);
	}

	private HttpResponse<String> request(String method, String path, String... header)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (header.length == 2) {
			request.header(header[0], header[1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
