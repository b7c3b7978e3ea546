package org.summittracker.insight;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' pages, each one page model from its service: comparisons
 * ({@code /compare/summits?s=sco-2024-astana&s=nato-2024-washington},
 * {@code /compare/organizations?o=sco&o=nato}; with fewer than two chosen, the page asks
 * for another), attendance matrices (nations by an organization's summits, or by every
 * summit of a year) and timelines (an organization's membership, summits and meetings; a
 * leader's offices and meetings).
 */
@Controller
class InsightController {

	static final String SUMMITS_VIEW = "insight/compare-summits";

	static final String ORGANIZATIONS_VIEW = "insight/compare-organizations";

	static final String MATRIX_VIEW = "insight/matrix";

	static final String MEMBERSHIP_VIEW = "insight/membership-timeline";

	static final String EVENTS_VIEW = "insight/timeline";

	static final String LEADER_VIEW = "insight/leader-timeline";

	private final Comparisons comparisons;

	private final Matrices matrices;

	private final Timelines timelines;

	InsightController(Comparisons comparisons, Matrices matrices, Timelines timelines) {
		this.comparisons = comparisons;
		this.matrices = matrices;
		this.timelines = timelines;
	}

	@GetMapping("/compare/summits")
	String compareSummits(@RequestParam(name = "s", required = false) List<String> slugs,
			@RequestParam(name = "q", required = false) String words, Model model) {
		model.addAttribute("page", this.comparisons.summits(slugs, words));
		model.addAttribute("section", "summits");
		return SUMMITS_VIEW;
	}

	@GetMapping("/compare/organizations")
	String compareOrganizations(@RequestParam(name = "o", required = false) List<String> slugs, Model model) {
		model.addAttribute("page", this.comparisons.organizations(slugs));
		model.addAttribute("section", "organizations");
		return ORGANIZATIONS_VIEW;
	}

	@GetMapping("/organizations/{slug}/matrix")
	String organizationMatrix(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.matrices.of(slug));
		return MATRIX_VIEW;
	}

	@GetMapping("/matrix")
	String yearMatrix(@RequestParam(name = "year", required = false) Integer year, Model model) {
		model.addAttribute("page", this.matrices.ofYear(year));
		model.addAttribute("section", "summits");
		return MATRIX_VIEW;
	}

	@GetMapping("/organizations/{slug}/timeline")
	String membershipTimeline(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.timelines.membership(slug));
		return MEMBERSHIP_VIEW;
	}

	@GetMapping("/timeline")
	String eventTimeline(@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "decade", required = false) Integer decade,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.timelines.events(organization, decade, page));
		model.addAttribute("section", "summits");
		return EVENTS_VIEW;
	}

	@GetMapping("/leaders/{slug}/timeline")
	String leaderTimeline(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.timelines.leader(slug));
		return LEADER_VIEW;
	}

}
