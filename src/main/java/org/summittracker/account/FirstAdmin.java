package org.summittracker.account;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * There is no built-in default password. The first admin comes from the environment
 * ({@code SUMMIT_ADMIN_USERNAME} and {@code SUMMIT_ADMIN_PASSWORD}), or, when no account
 * exists and none is configured, from a one-time setup page whose secret address is
 * written to the log at start-up.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	private final String displayName;

	private volatile String setupToken;

	FirstAdmin(AccountService accounts, @Value("${summit.admin.username:}") String username,
			@Value("${summit.admin.password:}") String password,
			@Value("${summit.admin.display-name:Administrator}") String displayName) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAdmin()) {
			return;
		}
		if (!this.username.isBlank() && !this.password.isBlank()) {
			if (this.password.length() < AccountService.MIN_PASSWORD_LENGTH) {
				log.error("SUMMIT_ADMIN_PASSWORD is shorter than {} characters; no admin account was created",
						AccountService.MIN_PASSWORD_LENGTH);
				return;
			}
			if (this.password
				.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > AccountService.MAX_PASSWORD_BYTES) {
				log.error("SUMMIT_ADMIN_PASSWORD is longer than {} bytes, more than bcrypt reads; no admin account was "
						+ "created", AccountService.MAX_PASSWORD_BYTES);
				return;
			}
			if (!this.accounts.exists(this.username)) {
				this.accounts.create(this.username, this.displayName, this.password, Role.ADMIN);
				log.info("Created the first admin account '{}' from SUMMIT_ADMIN_USERNAME/SUMMIT_ADMIN_PASSWORD",
						Usernames.normalize(this.username));
				return;
			}
		}
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		this.setupToken = HexFormat.of().formatHex(secret);
		log.warn(
				"No admin account exists. Create the first one at /setup?token={} (valid until one is created or the "
						+ "app restarts), or set SUMMIT_ADMIN_USERNAME and SUMMIT_ADMIN_PASSWORD and restart.",
				this.setupToken);
	}

	/** Whether the token opens the one-time setup page: only while no admin exists. */
	boolean acceptsSetupToken(String token) {
		String expected = this.setupToken;
		return expected != null && token != null
				&& java.security.MessageDigest.isEqual(expected.getBytes(), token.getBytes())
				&& !this.accounts.hasAdmin();
	}

	/**
	 * The current one-time setup token, if the setup page is open (for the log line and
	 * for tests).
	 */
	String setupToken() {
		return this.setupToken;
	}

	/** Creates the first admin from the setup page, which closes for good. */
	void createFromSetup(String username, String displayName, String password) {
		this.accounts.create(username, displayName, password, Role.ADMIN);
		this.setupToken = null;
	}

}
