package org.summittracker.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest extends IntegrationTest {

	@ParameterizedTest
	@CsvSource({ "/summits/no-such-summit, summit", "/leaders/no-such-leader, leader", "/nations/atlantis, nation",
			"/organizations/warsaw-pact, organization" })
	void aMissingRecordIsA404PageInTheLayout(String path, String kind) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.html().select("h1").text()).isEqualTo("Not found");
		assertThat(page.text())
			.contains("There is no " + kind + " called “" + path.substring(path.lastIndexOf('/') + 1));
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
	void aRequestWithTheWrongMethodKeepsItsStatusAndGetsAPageInTheLayout() {
		WebSession editor = signedIn(Role.EDITOR);
		String csrf = editor.get("/admin").html().select("input[name=_csrf]").val();

		WebSession.Response response = editor.post("/summits", WebSession.fields("_csrf", csrf));

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.page().html().select("nav.navbar")).isNotEmpty();
		assertThat(response.page().body()).doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void aPostWithoutACsrfTokenIsRefused() {
		WebSession editor = signedIn(Role.EDITOR);

		WebSession.Response response = editor.post("/admin/summits", WebSession.fields("name", "No token"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.page().html().select("h1").text()).isEqualTo("Not allowed");
		assertThat(this.jdbc.queryForObject("select count(*) from summit where name = 'No token'", Long.class))
			.isZero();
	}

}
