package org.summittracker.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What a sign-in answers. Every kind of failure (wrong password, unknown username,
 * disabled account, too many attempts) gets the very same answer, so none of them tells
 * an attacker anything; only the sign-in log says which it was. A success clears the
 * account's count, takes the attempt back from the client's, and gives the browser a
 * device cookie for the account.
 */
class SignInAnswers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final SignInCounters counters;

	private final DeviceCookies devices;

	private final SignInAudit audit;

	private final int perClient;

	SignInAnswers(SignInCounters counters, DeviceCookies devices, SignInAudit audit, int perClient) {
		this.counters = counters;
		this.devices = devices;
		this.audit = audit;
		this.perClient = perClient;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (request.getAttribute(SignInGuard.KEYS) instanceof SignInGuard.Keys keys) {
			this.counters.clear(keys.accountKey());
			this.counters.refund(keys.clientKey(), this.perClient);
			this.audit.record(authentication.getName(), keys.client(), SignInAudit.Outcome.SIGNED_IN);
			this.counters.forgetQuiet();
			this.audit.dropOld();
		}
		this.devices.issue(request, response, authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (request.getAttribute(SignInGuard.KEYS) instanceof SignInGuard.Keys keys) {
			this.audit.record(keys.username(), keys.client(), SignInAudit.Outcome.FAILED);
			// counts of usernames nobody has, made up by guessers, do not pile up
			this.counters.forgetQuiet();
		}
		refuse(request, response);
	}

	/** Back to the form with the one failure message; the typed username is kept. */
	void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String username = request.getParameter("username");
		String query = "?error"
				+ ((username != null) ? "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) : "");
		response.sendRedirect(request.getContextPath() + "/login" + query);
	}

}
