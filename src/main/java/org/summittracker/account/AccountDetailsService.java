package org.summittracker.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in from the accounts in PostgreSQL; a disabled or locked account cannot
 * sign in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(AccountService.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLocked(Instant.now(this.clock)))
			.build();
	}

	/**
	 * Whether the account with this username is locked at this moment; false when no
	 * username was given or there is no such account.
	 */
	@Transactional(readOnly = true)
	public boolean isLockedNow(String username) {
		return username != null && this.accounts.findByUsername(AccountService.normalize(username))
			.map((account) -> account.isLocked(Instant.now(this.clock)))
			.orElse(false);
	}

}
