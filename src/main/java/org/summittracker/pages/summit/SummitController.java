package org.summittracker.pages.summit;

import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;

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
class SummitController {

	static final String LIST_VIEW = "summits/list";

	static final String DETAIL_VIEW = "summits/detail";

	static final int PAGE_SIZE = 20;

	/** Columns readers may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("date", "startDate", "name", "name", "organization",
			"organization.acronym", "place", "city");

	private final SummitService summits;

	SummitController(SummitService summits) {
		this.summits = summits;
	}

	@GetMapping("/summits")
	String list(@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "year", defaultValue = "0") int year,
			@RequestParam(name = "kind", required = false) SummitKind kind,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		ListQuery query = ListQuery.of(sort, "-date", SORTS);
		Page<Summit> results = this.summits.search(organization, year, kind, page - 1, PAGE_SIZE,
				query.toSort(Sort.by("name")));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("organizations", this.summits.organizations());
		model.addAttribute("years", this.summits.years());
		model.addAttribute("kinds", SummitKind.values());
		model.addAttribute("selectedOrganization", (organization != null) ? organization : "");
		model.addAttribute("selectedYear", year);
		model.addAttribute("selectedKind", kind);
		return LIST_VIEW;
	}

	@GetMapping("/summits/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.summits.page(slug));
		return DETAIL_VIEW;
	}

}
