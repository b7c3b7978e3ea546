package org.summittracker.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends an account's open sessions when its access changes. Every session is registered at
 * sign-in in Spring Security's {@link SessionRegistry}; an ended session's next request
 * is signed out and sent to the sign-in page. The session of the admin making the change
 * stays open. The sessions live in PostgreSQL (Spring Session JDBC), so this ends them on
 * every instance.
 */
@Component
class AccountSessions {

	private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void end(String username) {
		String current = currentSessionId();
		int ended = 0;
		// the registry finds an account's sessions by its username, in every instance
		for (SessionInformation session : this.registry.getAllSessions(username, false)) {
			if (!session.getSessionId().equals(current)) {
				session.expireNow();
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} open session(s) of account '{}' after a change of its access", ended, username);
		}
	}

	private static String currentSessionId() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request != null) ? request.getSessionId() : "";
	}

}
