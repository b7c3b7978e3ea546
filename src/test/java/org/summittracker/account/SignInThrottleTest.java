package org.summittracker.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.AtOnce;
import org.summittracker.support.HostileInputs;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.RawHttp;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/**
 * Sign-in throttling that holds under parallel guessing and cannot be turned against the
 * account's owner. Each stranger is a client address of its own ({@code X-Forwarded-For}
 * from the local proxy, as behind a real one).
 */
class SignInThrottleTest extends IntegrationTest {

	static final String OWNER_PASSWORD = "the owner's own passphrase";

	@Autowired
	AccountService accounts;

	@AfterEach
	void removeTestAccounts() {
		this.jdbc.update("delete from account where username like 'thr-%'");
		this.jdbc.update("delete from sign_in_counter where key like 'account:thr-%' or key like 'client:203.0.113.%'");
	}

	@Test
	void fortyParallelGuessesReachThePasswordCheckOnlyFiveTimesAndNoneFails() throws Exception {
		this.accounts.create("thr-parallel", "Parallel", OWNER_PASSWORD, Role.EDITOR);
		Stranger stranger = new Stranger();

		List<RawHttp.Answer> answers = AtOnce.run(40,
				(i) -> stranger.signIn("203.0.113." + (i + 1), "thr-parallel", "guess " + i));

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.header("Location")).contains("/login?error");
		});
		assertThat(outcomes("thr-parallel", "FAILED")).isEqualTo(5);
		assertThat(outcomes("thr-parallel", "THROTTLED")).isEqualTo(35);
	}

	@Test
	void theOwnerSignsInFromABrowserTheyUsedBeforeWhileStrangersGuessTheirPassword() {
		this.accounts.create("thr-owner", "Owner", OWNER_PASSWORD, Role.EDITOR);
		WebSession owner = signIn("thr-owner", OWNER_PASSWORD);
		assertThat(owner.cookie("summit_device")).isNotNull();
		Stranger stranger = new Stranger();

		for (int i = 0; i < 12; i++) {
			stranger.signIn("203.0.113.50", "thr-owner", "guess " + i);
		}
		RawHttp.Answer strangerWithThePassword = stranger.signIn("203.0.113.51", "thr-owner", OWNER_PASSWORD);
		Response ownerAgain = owner.submit(owner.get("/login"), "form[action='/login']",
				fields("username", "thr-owner", "password", OWNER_PASSWORD));

		assertThat(strangerWithThePassword.header("Location")).contains("/login?error");
		assertThat(ownerAgain.status()).isEqualTo(302);
		assertThat(ownerAgain.location()).doesNotContain("/login");
		assertThat(owner.get("/admin").status()).isEqualTo(200);
	}

	@Test
	void usernamesInAnyCaseOrSpacingAreOneAccountAndCountTogether() {
		this.accounts.create("thr-variants", "Variants", OWNER_PASSWORD, Role.EDITOR);
		WebSession owner = signIn(" THR-Variants ", OWNER_PASSWORD);
		Stranger stranger = new Stranger();

		for (String variant : List.of("THR-VARIANTS", " thr-variants", "thr-variants ", "Thr-Variants",
				"\uff54hr-variants")) {
			stranger.signIn("203.0.113.60", variant, "wrong");
		}
		RawHttp.Answer sixth = stranger.signIn("203.0.113.61", "thr-variants", OWNER_PASSWORD);

		assertThat(outcomes("thr-variants", "FAILED")).isEqualTo(5);
		assertThat(sixth.header("Location")).contains("/login?error");
		Response ownerAgain = owner.submit(owner.get("/login"), "form[action='/login']",
				fields("username", "Thr-Variants", "password", OWNER_PASSWORD));
		assertThat(ownerAgain.location()).as("the owner's browser, under another variant of the name")
			.doesNotContain("/login");
	}

	@Test
	void everyKindOfFailureGivesTheSameAnswer() {
		this.accounts.create("thr-disabled", "Disabled", OWNER_PASSWORD, Role.EDITOR);
		this.accounts.setEnabled(
				this.jdbc.queryForObject("select id from account where username = 'thr-disabled'", Long.class), false);
		this.accounts.create("thr-busy", "Busy", OWNER_PASSWORD, Role.EDITOR);
		Stranger stranger = new Stranger();
		for (int i = 0; i < 6; i++) {
			stranger.signIn("203.0.113.70", "thr-busy", "wrong");
		}

		List<String> answers = new ArrayList<>();
		for (String[] attempt : new String[][] { { "thr-busy", "wrong" }, { "thr-nobody", "wrong" },
				{ "thr-disabled", OWNER_PASSWORD }, { "thr-busy", OWNER_PASSWORD } }) {
			RawHttp.Answer answer = stranger.signIn("203.0.113.71", attempt[0], attempt[1]);
			String location = answer.header("Location").replace(attempt[0], "NAME");
			answers.add(answer.status() + " " + location + " "
					+ anonymous().get(answer.header("Location")).html().select(".alert").text());
		}

		assertThat(answers).hasSize(4).allMatch(answers.get(0)::equals);
		assertThat(answers.get(0)).contains("/login?error&username=NAME").contains("Sign-in failed");
	}

	@Test
	void aClientGuessingManyAccountsIsStoppedWhileOtherClientsSignIn() {
		this.accounts.create("thr-victim", "Victim", OWNER_PASSWORD, Role.EDITOR);
		Stranger stranger = new Stranger();

		for (int i = 0; i < 25; i++) {
			stranger.signIn("203.0.113.80", "thr-spray-" + i, "wrong");
		}
		RawHttp.Answer sameClient = stranger.signIn("203.0.113.80", "thr-victim", OWNER_PASSWORD);
		RawHttp.Answer otherClient = stranger.signIn("203.0.113.81", "thr-victim", OWNER_PASSWORD);

		assertThat(this.jdbc.queryForObject(
				"select count(*) from sign_in_event where client = '203.0.113.80' and outcome = 'THROTTLED'",
				Long.class))
			.isGreaterThanOrEqualTo(5);
		assertThat(sameClient.header("Location")).contains("/login?error");
		assertThat(otherClient.header("Location")).doesNotContain("/login");
	}

	@Test
	void editorsReadTheSignInLog() {
		this.accounts.create("thr-logged", "Logged", OWNER_PASSWORD, Role.EDITOR);
		new Stranger().signIn("203.0.113.90", "thr-logged", "wrong");
		signIn("thr-logged", OWNER_PASSWORD);

		var log = signedIn(Role.EDITOR).get("/admin/sign-ins");

		assertThat(log.status()).isEqualTo(200);
		assertThat(log.row("table.sign-ins tr", "203.0.113.90").text()).contains("thr-logged").contains("Failed");
		assertThat(log.row("table.sign-ins tr", "thr-logged").text()).contains("Signed in");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAFieldErrorAndNeverAServerError() {
		WebSession admin = signedIn(Role.ADMIN);
		String tooLong = "\u00e9".repeat(40);

		Response create = admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']",
				fields("username", "thr-long", "displayName", "Long", "role", "EDITOR", "password", tooLong,
						"passwordAgain", tooLong));
		RawHttp.Answer signIn = new Stranger().signIn("203.0.113.95", "test-admin", "x".repeat(500));

		assertThat(create.status()).isEqualTo(200);
		assertThat(create.page().html().select("#password-error").text()).contains("At most 72 bytes");
		assertThat(this.accounts.exists("thr-long")).isFalse();
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.header("Location")).contains("/login?error");
	}

	private long outcomes(String username, String outcome) {
		return this.jdbc.queryForObject("select count(*) from sign_in_event where username = ? and outcome = ?",
				Long.class, username, outcome);
	}

	/** Someone without a device cookie, posting the sign-in form from any address. */
	private final class Stranger {

		private final String session;

		private final String csrf;

		Stranger() {
			WebSession browser = anonymous();
			this.csrf = browser.get("/login").html().select("input[name=_csrf]").val();
			this.session = browser.cookie("JSESSIONID");
		}

		RawHttp.Answer signIn(String client, String username, String password) {
			return RawHttp.send(SignInThrottleTest.this.port, "POST", "/login",
					Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", "JSESSIONID=" + this.session,
							"X-Forwarded-For", client),
					"_csrf=" + HostileInputs.encode(this.csrf) + "&username=" + HostileInputs.encode(username)
							+ "&password=" + HostileInputs.encode(password));
		}

	}

}
