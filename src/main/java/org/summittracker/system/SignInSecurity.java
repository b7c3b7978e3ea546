package org.summittracker.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people sign in and how their sessions are kept, configured by the module that owns
 * accounts (form sign-in, its throttle, the session registry), so that this module's
 * security configuration does not depend on it.
 */
public interface SignInSecurity {

	void configure(HttpSecurity http) throws Exception;

}
