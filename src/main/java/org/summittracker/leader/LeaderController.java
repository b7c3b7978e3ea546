package org.summittracker.leader;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LeaderController {

	static final String LIST_VIEW = "leaders/list";

	static final String DETAIL_VIEW = "leaders/detail";

	static final int PAGE_SIZE = 25;

	private final LeaderService leaders;

	LeaderController(LeaderService leaders) {
		this.leaders = leaders;
	}

	@GetMapping("/leaders")
	String list(@RequestParam(name = "nation", required = false) String nation,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Page<Person> results = this.leaders.search(nation, page - 1, PAGE_SIZE);
		model.addAttribute("results", results);
		model.addAttribute("offices", this.leaders.currentOffices(results.getContent()));
		model.addAttribute("nations", this.leaders.nationalities());
		model.addAttribute("selectedNation", (nation != null) ? nation : "");
		return LIST_VIEW;
	}

	@GetMapping("/leaders/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.leaders.page(slug));
		return DETAIL_VIEW;
	}

}
