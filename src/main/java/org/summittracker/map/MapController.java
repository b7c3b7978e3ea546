package org.summittracker.map;

import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.SummitRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The world map of summit locations: the bundled outline with a marker per summit or
 * meeting that has a place, a filter by organization and year in the URL, and the same
 * data as a table. Three statements, whatever the data: the summits query fetches
 * everything the page reads.
 */
@Controller
record MapController(MapRepository places, SummitRepository summits, OrganizationRepository organizations) {

	static final String MAP_VIEW = "map/world";

	@GetMapping("/map")
	String map(@RequestParam(name = "organization", defaultValue = "") String organization,
			@RequestParam(name = "year", defaultValue = "0") int year, Model model) {
		model.addAttribute("map",
				WorldMap.of(this.places.findPlaced(organization, year, PageRequest.of(0, WorldMap.MARKERS)),
						this.places.findUnplaced(organization, year, PageRequest.of(0, WorldMap.UNPLACED)),
						this.places.count(organization, year)));
		model.addAttribute("organizations", this.organizations.findAllByOrderByAcronym());
		model.addAttribute("years", this.summits.findYears());
		model.addAttribute("selectedOrganization", organization);
		model.addAttribute("selectedYear", year);
		return MAP_VIEW;
	}

}
