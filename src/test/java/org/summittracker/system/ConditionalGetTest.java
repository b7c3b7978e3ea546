package org.summittracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers who are not signed in get pages any cache may keep and revalidate: an ETag from
 * the data version, {@code Cache-Control: public}, a 304 for a request that holds the
 * current version, a new version after any write, and no session cookie.
 */
class ConditionalGetTest extends IntegrationTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aPublicPageCarriesTheDataVersionAndRevalidatesWithA304() throws Exception {
		for (String path : List.of("/summits/sco-2024-astana", "/", "/summits.csv", "/leaders.json")) {
			HttpResponse<String> first = request(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).as(path).matches("W/\"\\d+-\\d{4}-\\d{2}-\\d{2}\"");
			assertThat(first.headers().firstValue("Cache-Control")).as(path)
				.hasValue("public, max-age=60, stale-while-revalidate=300");
			assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();

			HttpResponse<String> again = request(path, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
			assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);

			String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
			assertThat(request(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
			assertThat(request(path, "If-None-Match", "W/\"0-2000-01-01\"").statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void anyWriteChangesTheVersion() throws Exception {
		String etag = request("/summits/sco-2024-astana").headers().firstValue("ETag").orElseThrow();
		this.jdbc.update("update summit set description = description where slug = 'g7-2023-hiroshima'");
		HttpResponse<String> after = request("/summits/sco-2024-astana", "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
	}

	@Test
	void errorsAndRedirectsAreNotCachedUnderTheVersion() throws Exception {
		HttpResponse<String> missing = request("/summits/no-such-summit");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("ETag")).isEmpty();
		assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
	}

	@Test
	void anonymousReadersGetNoSession() throws Exception {
		for (String path : List.of("/", "/summits", "/summits/sco-2024-astana", "/leaders/recep-tayyip-erdogan",
				"/search?q=putin", "/map")) {
			HttpResponse<String> page = request(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(page.body()).as(path).doesNotContain("name=\"_csrf\"");
		}
	}

	@Test
	void signedInEditorsPagesStayPrivate() {
		var page = signedIn(Role.EDITOR).fetch("/summits/sco-2024-astana");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("ETag")).isNull();
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(page.page().body()).contains("name=\"_csrf\"");
	}

	private HttpResponse<String> request(String path, String... header) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (header.length == 2) {
			request.header(header[0], header[1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
