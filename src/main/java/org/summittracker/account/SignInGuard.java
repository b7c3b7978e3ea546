package org.summittracker.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST and decides whether its password is checked
 * at all. Two counts must allow it: the client's (its address; {@code
 * summit.security.max-failed-sign-ins-per-client}, 20 by default), and the account's
 * ({@code summit.security.max-failed-sign-ins}, 5) — or, from a browser holding the
 * account's device cookie, that cookie's own count instead, so strangers cannot lock the
 * owner out. Past a limit the attempt is refused with the same answer as a wrong
 * password, and without checking it. A password longer than bcrypt reads is refused the
 * same way.
 */
class SignInGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

	/**
	 * Where the guard leaves the keys it counted, for the success and failure handlers.
	 */
	static final String KEYS = SignInGuard.class.getName() + ".keys";

	private final SignInCounters counters;

	private final DeviceCookies devices;

	private final SignInAudit audit;

	private final SignInAnswers answers;

	private final int perAccount;

	private final int perClient;

	SignInGuard(SignInCounters counters, DeviceCookies devices, SignInAudit audit, SignInAnswers answers,
			int perAccount, int perClient) {
		this.counters = counters;
		this.devices = devices;
		this.audit = audit;
		this.answers = answers;
		this.perAccount = perAccount;
		this.perClient = perClient;
	}

	/** The keys an attempt was counted against, and the username it was for. */
	record Keys(String username, String client, String clientKey, String accountKey) {

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = Usernames.normalize(request.getParameter("username"));
		String client = request.getRemoteAddr();
		String accountKey = this.devices.nonce(request, username)
			.map((nonce) -> "device:" + nonce)
			.orElse("account:" + username);
		Keys keys = new Keys(username, client, "client:" + client, accountKey);
		boolean allowed = this.counters.tryAttempt(keys.clientKey(), this.perClient)
				&& this.counters.tryAttempt(keys.accountKey(), this.perAccount);
		if (!allowed) {
			log.debug("Sign-in as '{}' from {} refused: too many failed attempts", username, client);
			this.audit.record(username, client, SignInAudit.Outcome.THROTTLED);
			this.answers.refuse(request, response);
			return;
		}
		String password = request.getParameter("password");
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > AccountService.MAX_PASSWORD_BYTES) {
			this.audit.record(username, client, SignInAudit.Outcome.FAILED);
			this.answers.refuse(request, response);
			return;
		}
		request.setAttribute(KEYS, keys);
		chain.doFilter(request, response);
	}

}
