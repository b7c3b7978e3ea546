package org.summittracker.account;

import java.util.List;

import org.summittracker.system.PageNumbers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in log, for every editor: who tried to sign in, from where, and how it went.
 */
@Controller
record SignInLogController(SignInAudit audit) {

	static final String VIEW = "account/sign-ins";

	static final int PAGE_SIZE = 50;

	@GetMapping("/admin/sign-ins")
	String list(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		int current = Math.max(page, 1);
		List<SignInAudit.Entry> entries = this.audit.latest(PAGE_SIZE + 1, PageNumbers.offset(current, PAGE_SIZE));
		model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		return VIEW;
	}

}
