package org.summittracker.map;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.Formats;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The world map of summit locations: the bundled outline with a marker per summit or
 * meeting that has a place, a filter by organization and year in the URL, and the same
 * data as a table. The same few statements, whatever the data: the summits queries fetch
 * everything the page reads. The markers and the table's rows are written as markup here
 * ({@link MapMarkup}), the rest of the page by the template.
 */
@Controller
record MapController(MapRepository places, MapCountsCache counts, SummitRepository summits,
		OrganizationRepository organizations, MessageSource messages, Formats formats) {

	static final String MAP_VIEW = "map/world";

	@GetMapping("/map")
	String map(@RequestParam(name = "organization", defaultValue = "") String organization,
			@RequestParam(name = "year", defaultValue = "0") int year, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		WorldMap map = WorldMap.of(this.places.findPlaced(organization, year, PageRequest.of(0, WorldMap.MARKERS)),
				this.places.findUnplaced(organization, year, PageRequest.of(0, WorldMap.UNPLACED)),
				this.counts.counts(organization, year, () -> this.places.count(organization, year)));
		model.addAttribute("map", map);
		model.addAttribute("markup", MapMarkup.of(map.markers(), new MapMarkup.Context(request.getContextPath(),
				response::encodeURL, this.messages, locale, this.formats)));
		model.addAttribute("organizations", this.organizations.findAllByOrderByAcronym());
		model.addAttribute("years", this.summits.findYears());
		model.addAttribute("selectedOrganization", organization);
		model.addAttribute("selectedYear", year);
		return MAP_VIEW;
	}

}
