package org.summittracker.system;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the templates: {@code ${@viewer.editor}} shows an
 * editor's buttons, {@code ${@viewer.signedIn}} the sign-out form. The same answers as
 * {@code sec:authorize="hasAnyRole('EDITOR', 'ADMIN')"} and {@code isAuthenticated()},
 * read from the security context without parsing an access expression on every element: a
 * table with an editor's column asked it once a row.
 */
@Component("viewer")
public class Viewer {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * Signed in, not anonymous (a remembered sign-in counts, as for isAuthenticated()).
	 */
	public boolean isSignedIn() {
		return TRUST.isAuthenticated(authentication());
	}

	/**
	 * Signed in with the editor's or the admin's role (the roles that may edit records).
	 */
	public boolean isEditor() {
		Authentication authentication = authentication();
		if (!TRUST.isAuthenticated(authentication)) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String role = authority.getAuthority();
			if ("ROLE_EDITOR".equals(role) || "ROLE_ADMIN".equals(role)) {
				return true;
			}
		}
		return false;
	}

	private static Authentication authentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
