package org.summittracker.admin;

import java.util.List;

import org.summittracker.system.Option;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON for the pickers that search as an editor types. */
@RestController
record LookupController(Lookups lookups) {

	@GetMapping("/admin/lookup/people")
	List<Option> people(@RequestParam(name = "q", defaultValue = "") String query) {
		return (query.isBlank()) ? List.of() : this.lookups.people(query);
	}

	@GetMapping("/admin/lookup/nations")
	List<Option> nations(@RequestParam(name = "q", defaultValue = "") String query) {
		return (query.isBlank()) ? List.of() : this.lookups.nations(query);
	}

}
