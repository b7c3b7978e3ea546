package org.summittracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.summittracker.export.PersonRow;
import org.summittracker.export.NationRow;
import org.summittracker.export.OrganizationRow;
import org.summittracker.export.SourceRow;
import org.summittracker.export.SummitRow;
import org.summittracker.summit.SummitKind;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API: every record kind as a paginated list and by slug. Lists take
 * the same filters as the pages; a missing record answers 404 with a problem detail (RFC
 * 9457).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@ApiResponse(responseCode = "400", description = "A parameter is malformed",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
record ApiController(ReadApi api) {

	@GetMapping("/summits")
	@Tag(name = "Summits", description = "Summits and meetings, and who attended them")
	@Operation(summary = "List summits and meetings, newest first",
			description = "Filters as on the summits page: convening organization, year of the first day, kind.")
	ApiPage<SummitRow> summits(
			@Parameter(description = "Slug of the convening organization",
					example = "sco") @RequestParam(name = "organization", required = false) String organization,
			@Parameter(description = "Year of the first day; 0 for any", example = "2024") @RequestParam(name = "year",
					defaultValue = "0") int year,
			@Parameter(description = "Kind of summit or meeting") @RequestParam(name = "kind",
					required = false) SummitKind kind,
			@ParameterObject Paging paging) {
		return this.api.summits(organization, year, kind, paging);
	}

	@GetMapping("/summits/{slug}")
	@Tag(name = "Summits")
	@Operation(summary = "A summit with its attendance and sideline meetings")
	@ApiResponse(responseCode = "200", description = "The summit")
	@NotFoundProblem("No summit with this slug")
	SummitDetail summit(@Parameter(example = "sco-2024-astana") @PathVariable String slug) {
		return this.api.summit(slug);
	}

	@GetMapping("/leaders")
	@Tag(name = "Leaders", description = "Leaders, ministers and officials")
	@Operation(summary = "List leaders by sort name", description = "Filter by nationality as on the leaders page.")
	ApiPage<PersonRow> leaders(@Parameter(description = "Slug of the nationality",
			example = "india") @RequestParam(name = "nation", required = false) String nation,
			@ParameterObject Paging paging) {
		return this.api.leaders(nation, paging);
	}

	@GetMapping("/leaders/{slug}")
	@Tag(name = "Leaders")
	@Operation(summary = "A leader with other names, offices and appearances at summits")
	@ApiResponse(responseCode = "200", description = "The leader")
	@NotFoundProblem("No leader with this slug")
	PersonDetail leader(@Parameter(example = "recep-tayyip-erdogan") @PathVariable String slug) {
		return this.api.leader(slug);
	}

	@GetMapping("/nations")
	@Tag(name = "Nations", description = "Sovereign states and their standing in organizations")
	@Operation(summary = "List nations by name")
	ApiPage<NationRow> nations(@ParameterObject Paging paging) {
		return this.api.nations(paging);
	}

	@GetMapping("/nations/{slug}")
	@Tag(name = "Nations")
	@Operation(summary = "A nation with its memberships and representations at summits")
	@ApiResponse(responseCode = "200", description = "The nation")
	@NotFoundProblem("No nation with this slug")
	NationDetail nation(@Parameter(example = "turkey") @PathVariable String slug) {
		return this.api.nation(slug);
	}

	@GetMapping("/organizations")
	@Tag(name = "Organizations", description = "Blocs, alliances and forums of states")
	@Operation(summary = "List organizations by acronym")
	ApiPage<OrganizationRow> organizations(@ParameterObject Paging paging) {
		return this.api.organizations(paging);
	}

	@GetMapping("/organizations/{slug}")
	@Tag(name = "Organizations")
	@Operation(summary = "An organization with its memberships over time and its summits")
	@ApiResponse(responseCode = "200", description = "The organization")
	@NotFoundProblem("No organization with this slug")
	OrganizationDetail organization(@Parameter(example = "sco") @PathVariable String slug) {
		return this.api.organization(slug);
	}

	@GetMapping("/sources")
	@Tag(name = "Sources", description = "Where the facts come from")
	@Operation(summary = "List sources in the order they were recorded")
	ApiPage<SourceRow> sources(@ParameterObject Paging paging) {
		return this.api.sources(paging);
	}

}
