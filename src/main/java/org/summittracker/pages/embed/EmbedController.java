package org.summittracker.pages.embed;

import org.summittracker.pages.person.PersonService;
import org.summittracker.pages.summit.SummitService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Views an article may frame: a summit's attendance table and a leader's summits, sized
 * for an article column, each linking back to its page. Only {@code /embed/**} may be
 * framed by other sites ({@link EmbedSecurity}).
 */
@Controller
class EmbedController {

	static final String SUMMIT_VIEW = "embed/summit";

	static final String LEADER_VIEW = "embed/leader";

	private final SummitService summits;

	private final PersonService people;

	EmbedController(SummitService summits, PersonService people) {
		this.summits = summits;
		this.people = people;
	}

	@GetMapping("/embed/summits/{slug}")
	String summit(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.summits.page(slug));
		return SUMMIT_VIEW;
	}

	@GetMapping("/embed/leaders/{slug}")
	String leader(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.people.page(slug));
		return LEADER_VIEW;
	}

}
