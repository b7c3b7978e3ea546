package org.summittracker.pages.person;

import org.summittracker.person.Person;

import java.util.Map;

import org.summittracker.system.ListQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonController {

	static final String LIST_VIEW = "leaders/list";

	static final String DETAIL_VIEW = "leaders/detail";

	static final int PAGE_SIZE = 25;

	/** Columns readers may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("name", "sortName", "nation", "nationality.name");

	private final PersonService leaders;

	PersonController(PersonService leaders) {
		this.leaders = leaders;
	}

	@GetMapping("/leaders")
	String list(@RequestParam(name = "nation", required = false) String nation,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		ListQuery query = ListQuery.of(sort, "name", SORTS);
		Page<Person> results = this.leaders.search(nation, page - 1, PAGE_SIZE, query.toSort(Sort.by("sortName")));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("offices", this.leaders.currentOffices(results.getContent()));
		model.addAttribute("nations", this.leaders.nationalities());
		model.addAttribute("selectedNation", (nation != null) ? nation : "");
		return LIST_VIEW;
	}

	@GetMapping("/leaders/{slug}")
	String show(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.leaders.page(slug, page));
		return DETAIL_VIEW;
	}

}
