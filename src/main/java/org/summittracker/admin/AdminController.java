package org.summittracker.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' start page: where to add and fix records, and what changed lately. */
@Controller
class AdminController {

	static final String VIEW = "admin/index";

	@GetMapping("/admin")
	String index() {
		return VIEW;
	}

}
