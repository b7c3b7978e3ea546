package org.summittracker.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form saying why: wrong credentials, a locked account or a disabled one. */
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = (exception instanceof LockedException) ? "locked"
				: (exception instanceof DisabledException) ? "disabled" : "bad";
		String username = request.getParameter("username");
		String query = "?error=" + reason + ((username != null)
				? "&username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8) : "");
		response.sendRedirect(request.getContextPath() + "/login" + query);
	}

}
