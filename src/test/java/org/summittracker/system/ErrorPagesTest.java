package org.summittracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest extends IntegrationTest {

	@ParameterizedTest
	@CsvSource({ "/summits/no-such-summit, summit", "/leaders/no-such-leader, leader",
			"/nations/atlantis, nation", "/organizations/warsaw-pact, organization" })
	void aMissingRecordIsA404PageInTheLayout(String path, String kind) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.html().select("h1").text()).isEqualTo("Not found");
		assertThat(page.text()).contains("There is no " + kind + " called “" + path.substring(path.lastIndexOf('/') + 1));
		assertThat(page.html().select("nav.navbar a")).isNotEmpty();
		assertThat(page.body()).doesNotContain("Whitelabel", "Exception", "at org.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no/such/page", "/summits/sco-2024-astana/extra", "/assets/css/missing.css" })
	void anUnknownAddressIsA404PageInTheLayout(String path) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("h1").text()).isEqualTo("Not found");
		assertThat(page.html().select("nav.navbar")).isNotEmpty();
		assertThat(page.body()).doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void aRequestWithTheWrongMethodKeepsItsStatusAndGetsAPageInTheLayout() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/summits"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(Jsoup.parse(response.body()).select("nav.navbar")).isNotEmpty();
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception");
	}

}
