package org.summittracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated failed sign-ins, so that passwords cannot
 * be guessed at speed; a successful sign-in clears the count.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final AccountRepository accounts;

	private final Clock clock;

	private final int limit;

	private final Duration lockFor;

	SignInThrottle(AccountRepository accounts, Clock clock,
			@Value("${summit.security.max-failed-sign-ins:5}") int limit,
			@Value("${summit.security.lock-duration:15m}") Duration lockFor) {
		this.accounts = accounts;
		this.clock = clock;
		this.limit = limit;
		this.lockFor = lockFor;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase();
		this.accounts.findByUsername(username).ifPresent((account) -> {
			Instant now = Instant.now(this.clock);
			account.recordFailedSignIn(this.limit, this.lockFor, now);
			if (account.isLocked(now)) {
				log.warn("Account '{}' locked until {} after {} failed sign-ins", username, account.getLockedUntil(),
						this.limit);
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::recordSuccessfulSignIn);
	}

}
