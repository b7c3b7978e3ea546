package org.summittracker.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	static final String VIEW = "account/sign-in";

	@GetMapping("/login")
	String signIn() {
		return VIEW;
	}

}
