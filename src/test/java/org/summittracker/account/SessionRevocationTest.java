package org.summittracker.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/** Access that an admin takes away ends at once, in every open session of the account. */
class SessionRevocationTest extends IntegrationTest {

	static final String PASSWORD = "an editor's passphrase";

	@Autowired
	AccountService accounts;

	@AfterEach
	void removeTestAccounts() {
		this.jdbc.update("delete from account where username like 'rev-%'");
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() {
		long id = account("rev-disabled", Role.EDITOR);
		WebSession editor = signIn("rev-disabled", PASSWORD);
		WebSession laptop = signIn("rev-disabled", PASSWORD);
		assertThat(editor.get("/admin").status()).isEqualTo(200);

		WebSession admin = signedIn(Role.ADMIN);
		admin.submit(admin.get("/admin/accounts"), "form[action='/admin/accounts/" + id + "/enabled']");

		assertEnded(editor);
		assertEnded(laptop);
	}

	@Test
	void demotingAnAdminEndsItsSessionsAndItSignsInAgainAsAnEditor() {
		long id = account("rev-demoted", Role.ADMIN);
		WebSession demoted = signIn("rev-demoted", PASSWORD);
		assertThat(demoted.get("/admin/accounts").status()).isEqualTo(200);

		WebSession admin = signedIn(Role.ADMIN);
		admin.submit(admin.get("/admin/accounts"), "form[action='/admin/accounts/" + id + "/role']",
				fields("role", "EDITOR"));

		assertEnded(demoted);
		assertThat(signIn("rev-demoted", PASSWORD).fetch("/admin/accounts").status()).isEqualTo(403);
	}

	@Test
	void resettingAPasswordEndsTheAccountsSessionsButNotTheAdminsOwn() {
		long id = account("rev-reset", Role.EDITOR);
		WebSession editor = signIn("rev-reset", PASSWORD);

		WebSession admin = signedIn(Role.ADMIN);
		Response reset = admin.submit(admin.get("/admin/accounts/" + id + "/password"), "form[action$='/password']",
				fields("password", "a new passphrase now", "passwordAgain", "a new passphrase now"));

		assertThat(reset.redirectsTo("/admin/accounts")).isTrue();
		assertEnded(editor);
		assertThat(admin.get("/admin/accounts").status()).isEqualTo(200);
	}

	private long account(String username, Role role) {
		this.accounts.create(username, username, PASSWORD, role);
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private static void assertEnded(WebSession session) {
		Response next = session.fetch("/admin");
		assertThat(next.status()).isEqualTo(302);
		assertThat(next.location()).contains("/login?ended");
		Response after = session.fetch("/admin");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.location()).endsWith("/login");
	}

}
