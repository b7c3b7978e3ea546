package org.summittracker.insight;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The analysts' pages, each one page model from its service: comparisons
 * ({@code /compare/summits?s=sco-2024-astana&s=nato-2024-washington},
 * {@code /compare/organizations?o=sco&o=nato}; with fewer than two chosen, the page asks
 * for another), attendance matrices (nations by an organization's summits, or by every
 * summit of a year) and timelines (an organization's membership, summits and meetings; a
 * leader's offices and meetings).
 */
@Controller
record InsightController(Comparisons comparisons, Matrices matrices, Timelines timelines) {

	static final String SUMMITS_VIEW = "insight/compare-summits";

	static final String ORGANIZATIONS_VIEW = "insight/compare-organizations";

	static final String MATRIX_VIEW = "insight/matrix";

	static final String MEMBERSHIP_VIEW = "insight/membership-timeline";

	static final String EVENTS_VIEW = "insight/timeline";

	static final String LEADER_VIEW = "insight/leader-timeline";

	@GetMapping("/compare/summits")
	ModelAndView compareSummits(@RequestParam(name = "s", required = false) List<String> slugs,
			@RequestParam(name = "q", required = false) String words) {
		return page(SUMMITS_VIEW, this.comparisons.summits(slugs, words)).addObject("section", "summits");
	}

	@GetMapping("/compare/organizations")
	ModelAndView compareOrganizations(@RequestParam(name = "o", required = false) List<String> slugs) {
		return page(ORGANIZATIONS_VIEW, this.comparisons.organizations(slugs)).addObject("section", "organizations");
	}

	@GetMapping("/matrix")
	ModelAndView yearMatrix(@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "page", required = false) Integer page) {
		return page(MATRIX_VIEW, this.matrices.ofYear(year, page)).addObject("section", "summits");
	}

	@GetMapping("/timeline")
	ModelAndView eventTimeline(@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "decade", required = false) Integer decade,
			@RequestParam(name = "page", defaultValue = "1") int page) {
		return page(EVENTS_VIEW, this.timelines.events(organization, decade, page)).addObject("section", "summits");
	}

	@GetMapping("/organizations/{slug}/matrix")
	ModelAndView organizationMatrix(@PathVariable String slug,
			@RequestParam(name = "page", required = false) Integer page) {
		return page(MATRIX_VIEW, this.matrices.of(slug, page));
	}

	@GetMapping("/organizations/{slug}/timeline")
	ModelAndView membershipTimeline(@PathVariable String slug) {
		return page(MEMBERSHIP_VIEW, this.timelines.membership(slug));
	}

	@GetMapping("/leaders/{slug}/timeline")
	ModelAndView leaderTimeline(@PathVariable String slug) {
		return page(LEADER_VIEW, this.timelines.leader(slug));
	}

	/** The view showing the page's data as {@code page}. */
	private static ModelAndView page(String view, Object page) {
		return new ModelAndView(view, "page", page);
	}

}
