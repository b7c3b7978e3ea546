package org.summittracker.system;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Everything public stays readable without signing in; every write needs a signed-in
 * editor, and account management an admin. Form sign-in, CSRF tokens on every form, a new
 * session id at sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler signInFailures)
			throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/admin/accounts/**")
					.hasRole("ADMIN")
					.requestMatchers("/admin/**")
					.hasAnyRole("EDITOR", "ADMIN")
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/setup")
					.permitAll()
					.anyRequest()
					.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(signInFailures).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.migrateSession()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm recorded in each hash so it can be upgraded
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
