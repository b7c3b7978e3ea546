package org.summittracker.insight;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shareable comparisons:
 * {@code /compare/summits?s=sco-2024-astana&s=nato-2024-washington} and
 * {@code /compare/organizations?o=sco&o=nato}. With fewer than two chosen, the page asks
 * for another.
 */
@Controller
class CompareController {

	static final String SUMMITS_VIEW = "insight/compare-summits";

	static final String ORGANIZATIONS_VIEW = "insight/compare-organizations";

	private final Comparisons comparisons;

	CompareController(Comparisons comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/compare/summits")
	String summits(@RequestParam(name = "s", required = false) List<String> slugs, Model model) {
		model.addAttribute("page", this.comparisons.summits(slugs));
		model.addAttribute("section", "summits");
		return SUMMITS_VIEW;
	}

	@GetMapping("/compare/organizations")
	String organizations(@RequestParam(name = "o", required = false) List<String> slugs, Model model) {
		model.addAttribute("page", this.comparisons.organizations(slugs));
		model.addAttribute("section", "organizations");
		return ORGANIZATIONS_VIEW;
	}

}
