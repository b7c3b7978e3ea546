package org.summittracker.account;

import java.util.List;

import org.summittracker.system.RecordNotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as admins manage them. Whatever takes access away (disabling, a new role, a
 * new password) also ends the account's open sessions at once, but the admin's own.
 */
@Service
@Transactional
public class AccountService {

	/** The shortest password accepted: long passphrases beat clever rules. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/** The longest password bcrypt reads in full, in UTF-8 bytes. */
	public static final int MAX_PASSWORD_BYTES = 72;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AccountSessions sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, AccountSessions sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	public Account create(String username, String displayName, String password, Role role) {
		return this.accounts.save(
				new Account(Usernames.normalize(username), displayName.strip(), this.passwords.encode(password), role));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(Usernames.normalize(username));
	}

	@Transactional(readOnly = true)
	public boolean hasAdmin() {
		return this.accounts.existsByRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public Account get(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("account", String.valueOf(id)));
	}

	public void resetPassword(Long id, String password) {
		Account account = get(id);
		account.changePassword(this.passwords.encode(password));
		this.sessions.end(account.getUsername());
	}

	/** A new role; the account's sessions end, so it signs in again with the new one. */
	public void changeRole(Long id, Role role) {
		Account account = get(id);
		if (account.getRole() != role) {
			account.update(account.getDisplayName(), role);
			this.sessions.end(account.getUsername());
		}
	}

	/** The name history pages show for the account's changes. */
	public void rename(Long id, String displayName) {
		Account account = get(id);
		account.update(displayName.strip(), account.getRole());
	}

	public void setEnabled(Long id, boolean enabled) {
		Account account = get(id);
		account.setEnabled(enabled);
		if (!enabled) {
			this.sessions.end(account.getUsername());
		}
	}

}
