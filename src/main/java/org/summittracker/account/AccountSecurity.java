package org.summittracker.account;

import org.summittracker.system.SignInSecurity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Form sign-in behind {@link SignInGuard}, the same answer for every failure, and every
 * session registered so that {@link AccountSessions} can end it; a new session id at
 * sign-in.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurity implements SignInSecurity {

	private final SignInCounters counters;

	private final DeviceCookies devices;

	private final SignInAudit audit;

	private final int perAccount;

	private final int perClient;

	private final ObjectProvider<SessionRegistry> sessions;

	AccountSecurity(SignInCounters counters, DeviceCookies devices, SignInAudit audit,
			ObjectProvider<SessionRegistry> sessions, @Value("${summit.security.max-failed-sign-ins:5}") int perAccount,
			@Value("${summit.security.max-failed-sign-ins-per-client:20}") int perClient) {
		this.counters = counters;
		this.devices = devices;
		this.audit = audit;
		this.perAccount = perAccount;
		this.perClient = perClient;
		this.sessions = sessions;
	}

	/**
	 * The sessions themselves, in PostgreSQL (Spring Session JDBC), indexed by the
	 * signed-in username: every instance sees, and can end, every session of an account.
	 */
	@Bean
	static <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		SignInAnswers answers = new SignInAnswers(this.counters, this.devices, this.audit, this.perClient);
		http.formLogin((form) -> form.loginPage("/login").successHandler(answers).failureHandler(answers).permitAll())
			.addFilterBefore(
					new SignInGuard(this.counters, this.devices, this.audit, answers, this.perAccount, this.perClient),
					UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.migrateSession())
				.maximumSessions(-1)
				.sessionRegistry(this.sessions.getObject())
				.expiredUrl("/login?ended"));
	}

}
