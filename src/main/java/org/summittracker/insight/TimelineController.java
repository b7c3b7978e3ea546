package org.summittracker.insight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Timelines: an organization's membership, summits and meetings, and a leader's offices
 * and meetings.
 */
@Controller
class TimelineController {

	static final String MEMBERSHIP_VIEW = "insight/membership-timeline";

	static final String EVENTS_VIEW = "insight/timeline";

	static final String LEADER_VIEW = "insight/leader-timeline";

	private final Timelines timelines;

	TimelineController(Timelines timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/organizations/{slug}/timeline")
	String membership(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.timelines.membership(slug));
		return MEMBERSHIP_VIEW;
	}

	@GetMapping("/timeline")
	String events(@RequestParam(name = "organization", required = false) String organization, Model model) {
		model.addAttribute("page", this.timelines.events(organization));
		model.addAttribute("section", "summits");
		return EVENTS_VIEW;
	}

	@GetMapping("/leaders/{slug}/timeline")
	String leader(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.timelines.leader(slug));
		return LEADER_VIEW;
	}

}
