package org.summittracker.account;

import java.util.List;

import org.summittracker.system.RecordNotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AccountService {

	/** The shortest password accepted: long passphrases beat clever rules. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	AccountService(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	public Account create(String username, String displayName, String password, Role role) {
		return this.accounts
			.save(new Account(normalize(username), displayName.trim(), this.passwords.encode(password), role));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(normalize(username));
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
		get(id).changePassword(this.passwords.encode(password));
	}

	public void update(Long id, String displayName, Role role) {
		get(id).update(displayName.trim(), role);
	}

	public void setEnabled(Long id, boolean enabled) {
		get(id).setEnabled(enabled);
	}

	static String normalize(String username) {
		return username.trim().toLowerCase();
	}

}
