package org.summittracker.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class SecurityTest extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@AfterEach
	void removeTestAccounts() {
		this.jdbc.update("delete from account where username like 'sec-%'");
		this.jdbc.update("delete from sign_in_counter where key like 'account:sec-%' or key like 'client:%'");
	}

	@Test
	void publicPagesNeedNoSignInButEveryWriteAndAdminPageDoes() {
		WebSession reader = anonymous();

		assertThat(reader.get("/summits/sco-2024-astana").status()).isEqualTo(200);
		for (String path : new String[] { "/admin", "/admin/summits/new", "/admin/accounts", "/admin/changes" }) {
			Response response = reader.fetch(path);
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.location()).as(path).endsWith("/login");
		}
	}

	@Test
	void editorsCannotManageAccounts() {
		WebSession editor = signedIn(Role.EDITOR);

		assertThat(editor.fetch("/admin/accounts").status()).isEqualTo(403);
		assertThat(editor.fetch("/admin/accounts").page().html().select("h1").text()).isEqualTo("Not allowed");
		String csrf = editor.get("/admin").html().select("input[name=_csrf]").val();
		Response create = editor.post("/admin/accounts", fields("_csrf", csrf, "username", "sec-sneaky", "displayName",
				"Sneaky", "role", "ADMIN", "password", TEST_PASSWORD, "passwordAgain", TEST_PASSWORD));
		assertThat(create.status()).isEqualTo(403);
		assertThat(this.accounts.exists("sec-sneaky")).isFalse();
	}

	@Test
	void anAdminCreatesAnEditorWhoCanSignInAndCanBeDisabled() {
		WebSession admin = signedIn(Role.ADMIN);

		Response invalid = admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']",
				fields("username", "sec-editor", "displayName", "Security Editor", "password", "short", "passwordAgain",
						"different"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.page().html().select("#password-error").text()).contains("12 to 72");
		assertThat(invalid.page().html().select("#username").val()).isEqualTo("sec-editor");

		Response created = admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']",
				fields("username", "sec-editor", "displayName", "Security Editor", "role", "EDITOR", "password",
						"a long enough passphrase", "passwordAgain", "a long enough passphrase"));
		assertThat(created.redirectsTo("/admin/accounts")).isTrue();
		assertThat(signIn("sec-editor", "a long enough passphrase").get("/admin").status()).isEqualTo(200);

		Page list = admin.get("/admin/accounts");
		long id = this.jdbc.queryForObject("select id from account where username = 'sec-editor'", Long.class);
		admin.submit(list, "form[action='/admin/accounts/" + id + "/enabled']");
		Page signInPage = attemptSignIn("sec-editor", "a long enough passphrase");
		assertThat(signInPage.html().select(".alert-danger").text()).contains("Sign-in failed")
			.doesNotContain("disabled");
	}

	@Test
	void anAdminResetsAPassword() {
		this.accounts.create("sec-forgetful", "Forgetful", "the old passphrase", Role.EDITOR);
		long id = this.jdbc.queryForObject("select id from account where username = 'sec-forgetful'", Long.class);
		WebSession admin = signedIn(Role.ADMIN);

		Response reset = admin.submit(admin.get("/admin/accounts/" + id + "/password"), "form[action$='/password']",
				fields("password", "a brand new passphrase", "passwordAgain", "a brand new passphrase"));

		assertThat(reset.redirectsTo("/admin/accounts")).isTrue();
		assertThat(signIn("sec-forgetful", "a brand new passphrase").get("/admin").status()).isEqualTo(200);
		assertThat(attemptSignIn("sec-forgetful", "the old passphrase").html().select(".alert-danger").text())
			.contains("Sign-in failed");
	}

	@Test
	void repeatedFailedSignInsHoldOffFurtherAttemptsWithoutSayingSoAndWithoutLockingTheAccount() {
		this.accounts.create("sec-target", "Target", "the right passphrase", Role.EDITOR);

		for (int i = 0; i < 5; i++) {
			assertThat(attemptSignIn("sec-target", "guess number " + i).html().select(".alert-danger").text())
				.contains("Sign-in failed");
		}
		Page heldOff = attemptSignIn("sec-target", "the right passphrase");

		assertThat(heldOff.html().select(".alert-danger").text()).contains("Sign-in failed").doesNotContain("locked");
		assertThat(this.jdbc.queryForObject(
				"select blocked_until > now() + interval '20 seconds' from sign_in_counter where key = 'account:sec-target'",
				Boolean.class))
			.isTrue();
		this.jdbc.update("delete from sign_in_counter where key = 'account:sec-target'");
	}

	@Test
	void signingInGivesANewSessionId() {
		signedIn(Role.EDITOR);
		WebSession session = anonymous();
		Page form = session.get("/login");
		String anonymousSession = session.cookie("JSESSIONID");

		session.submit(form, "form[action='/login']", fields("username", "test-editor", "password", TEST_PASSWORD));

		assertThat(anonymousSession).isNotNull();
		assertThat(session.cookie("JSESSIONID")).isNotNull().isNotEqualTo(anonymousSession);
		assertThat(session.get("/admin").status()).isEqualTo(200);
	}

	@Test
	void noPageLeaksAPasswordHash() {
		WebSession admin = signedIn(Role.ADMIN);
		String hash = this.jdbc.queryForObject("select password_hash from account where username = 'test-admin'",
				String.class);

		for (String path : new String[] { "/admin/accounts", "/admin/changes", "/admin", "/" }) {
			String body = admin.get(path).body();
			assertThat(body).as(path).doesNotContain(hash).doesNotContain("{bcrypt}");
		}
		assertThat(hash).startsWith("{bcrypt}$2");
	}

	private Page attemptSignIn(String username, String password) {
		WebSession session = anonymous();
		Response response = session.submit(session.get("/login"), "form[action='/login']",
				fields("username", username, "password", password));
		assertThat(response.location()).contains("/login?error");
		return session.get(response.location());
	}

}
