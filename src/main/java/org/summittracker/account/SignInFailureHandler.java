package org.summittracker.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form saying why: wrong credentials, a disabled
 * account, or a locked one — including on the very attempt that locked it. The typed
 * username is kept; the password never is.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final AccountDetailsService accounts;

	SignInFailureHandler(AccountDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String reason = (exception instanceof DisabledException) ? "disabled"
				: (exception instanceof LockedException || this.accounts.isLockedNow(username)) ? "locked" : "bad";
		String query = "?error=" + reason
				+ ((username != null) ? "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) : "");
		response.sendRedirect(request.getContextPath() + "/login" + query);
	}

}
