package org.summittracker.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page behind the header's search box, and the suggestions the box shows as a
 * reader types (an HTML fragment of links, fetched by htmx). Without JavaScript the box
 * is a plain GET form to {@code /search}.
 */
@Controller
class SearchController {

	static final String RESULTS_VIEW = "search/results";

	static final String SUGGESTIONS_VIEW = "search/suggestions :: suggestions";

	/** How many records of each kind the search page lists. */
	static final int PER_KIND = 20;

	/** How many suggestions the box shows. */
	static final int SUGGESTIONS = 8;

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		model.addAttribute("searchQuery", query);
		model.addAttribute("results", this.search.search(query, PER_KIND));
		return RESULTS_VIEW;
	}

	@GetMapping("/search/suggest")
	String suggest(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		model.addAttribute("searchQuery", SiteSearch.clean(query));
		model.addAttribute("suggestions", this.search.suggest(query, SUGGESTIONS));
		return SUGGESTIONS_VIEW;
	}

}
