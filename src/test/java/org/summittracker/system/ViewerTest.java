package org.summittracker.system;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' answers to "is this an editor?" and "is anyone signed in?" are those of
 * the access expressions they replaced (hasAnyRole('EDITOR', 'ADMIN'),
 * isAuthenticated()).
 */
class ViewerTest {

	private final Viewer viewer = new Viewer();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodyAndAnAnonymousReaderAreNeitherSignedInNorEditors() {
		assertThat(this.viewer.isSignedIn()).isFalse();
		assertThat(this.viewer.isEditor()).isFalse();

		as(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(this.viewer.isSignedIn()).isFalse();
		assertThat(this.viewer.isEditor()).isFalse();
	}

	@Test
	void editorsAndAdminsAreEditors() {
		for (String role : List.of("ROLE_EDITOR", "ROLE_ADMIN")) {
			as(UsernamePasswordAuthenticationToken.authenticated("ann", null,
					AuthorityUtils.createAuthorityList(role)));
			assertThat(this.viewer.isSignedIn()).as(role).isTrue();
			assertThat(this.viewer.isEditor()).as(role).isTrue();
		}
	}

	@Test
	void aSignedInAccountWithoutAnEditingRoleIsNoEditor() {
		as(UsernamePasswordAuthenticationToken.authenticated("ann", null,
				AuthorityUtils.createAuthorityList("ROLE_READER")));
		assertThat(this.viewer.isSignedIn()).isTrue();
		assertThat(this.viewer.isEditor()).isFalse();
	}

	@Test
	void aRememberedSignInCountsAndAnUnauthenticatedTokenDoesNot() {
		as(new RememberMeAuthenticationToken("key", "ann", AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		assertThat(this.viewer.isEditor()).isTrue();

		as(UsernamePasswordAuthenticationToken.unauthenticated("ann", "password"));
		assertThat(this.viewer.isSignedIn()).isFalse();
		assertThat(this.viewer.isEditor()).isFalse();
	}

	private static void as(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
