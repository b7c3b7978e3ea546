package org.summittracker.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/**
 * There is no default password: the first admin comes from the environment or the
 * one-time setup page.
 */
class FirstAdminTest extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	FirstAdmin firstAdmin;

	@AfterEach
	void removeAdmins() {
		this.jdbc.update("delete from account where username like 'first-%'");
	}

	@Test
	void theFirstAdminComesFromTheEnvironmentWhenNoAdminExists() {
		this.jdbc.update("delete from account where role = 'ADMIN'");

		new FirstAdmin(this.accounts, "First-Boss", "a long admin passphrase", "Boss").run(null);

		assertThat(this.jdbc.queryForObject("select role from account where username = 'first-boss'", String.class))
			.isEqualTo("ADMIN");
		assertThat(signIn("first-boss", "a long admin passphrase").get("/admin/accounts").status()).isEqualTo(200);
		new FirstAdmin(this.accounts, "first-second", "another long passphrase", "Second").run(null);
		assertThat(this.accounts.exists("first-second")).isFalse();
	}

	@Test
	void withoutConfigurationAOneTimeSetupPageCreatesTheFirstAdmin() {
		this.jdbc.update("delete from account where role = 'ADMIN'");
		this.firstAdmin.run(null);
		String token = this.firstAdmin.setupToken();
		WebSession stranger = anonymous();
		assertThat(token).hasSizeGreaterThan(30);
		assertThat(stranger.get("/setup").status()).isEqualTo(404);
		assertThat(stranger.get("/setup?token=guess").status()).isEqualTo(404);

		Page setup = stranger.get("/setup?token=" + token);
		Response mismatch = stranger.submit(setup, "form[action^='/setup']", fields("username", "first-admin",
				"displayName", "First Admin", "password", "a long admin passphrase", "passwordAgain", "not the same"));
		assertThat(mismatch.page().html().select("#passwordAgain-error").text()).isEqualTo("The two passwords differ.");
		Response created = stranger.submit(setup, "form[action^='/setup']",
				fields("username", "first-admin", "displayName", "First Admin", "password", "a long admin passphrase",
						"passwordAgain", "a long admin passphrase"));

		assertThat(created.redirectsTo("/login")).isTrue();
		assertThat(signIn("first-admin", "a long admin passphrase").get("/admin/accounts").status()).isEqualTo(200);
		assertThat(stranger.get("/setup?token=" + token).status()).isEqualTo(404);
	}

}
