package org.summittracker.system;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Everything public stays readable without signing in (GET and HEAD alike; OPTIONS is
 * answered everywhere); every write needs a signed-in editor, and account management an
 * admin. How people sign in is {@link SignInSecurity}'s; CSRF tokens on every form. Every
 * answer carries a strict Content-Security-Policy, Referrer-Policy and
 * Permissions-Policy.
 * <p>
 * Pages under {@code /embed/**} have a filter chain of their own, ahead of this one
 * ({@code pages.embed.EmbedSecurity}): read-only, and the only pages other sites may
 * frame.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The policy every page gets; {@code frame-ancestors} is added per chain. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSecurity signIn) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers(HttpMethod.OPTIONS, "/**")
					.permitAll()
					.requestMatchers("/admin/accounts/**")
					.hasRole("ADMIN")
					.requestMatchers("/admin/**")
					.hasAnyRole("EDITOR", "ADMIN")
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/setup")
					.permitAll()
					.anyRequest()
					.authenticated())
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"))
			.headers((headers) -> policies(headers, "'none'"));
		signIn.configure(http);
		return http.build();
	}

	private static HeadersConfigurer<HttpSecurity> policies(HeadersConfigurer<HttpSecurity> headers,
			String frameAncestors) {
		return headers
			.contentSecurityPolicy(
					(csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY + "; frame-ancestors " + frameAncestors))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/**
	 * Spring Security's own observations off: with an observation registry present it
	 * wrapped each of the chain's filters in an observation and sent events before and
	 * after each, a third of the CPU of a 304 revalidation (nothing reads those
	 * observations here; the request itself is still observed once, as
	 * {@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm recorded in each hash so it can be upgraded
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
