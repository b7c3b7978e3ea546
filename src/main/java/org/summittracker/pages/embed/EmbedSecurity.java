package org.summittracker.pages.embed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The embed views, and only they, may be framed by any site: their own filter chain,
 * ahead of the application's, drops X-Frame-Options and allows every frame ancestor. They
 * are read-only: no session, no script, no form.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurity {

	static final String POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self'; "
			+ "frame-ancestors *; base-uri 'none'; form-action 'none'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	@Order(1)
	SecurityFilterChain embedFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/embed/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/embed/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/embed/**")
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/embed/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

}
