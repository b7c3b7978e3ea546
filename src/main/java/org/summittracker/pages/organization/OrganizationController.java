package org.summittracker.pages.organization;

import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.organization.Standing;
import org.summittracker.organization.StandingCount;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.source.CitationRepository;
import org.summittracker.source.Citations;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.ListQuery;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OrganizationController {

	static final String LIST_VIEW = "organizations/list";

	/** Columns readers may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("acronym", "acronym", "name", "name", "kind", "kind", "founded",
			"founded.date");

	static final String DETAIL_VIEW = "organizations/detail";

	private final OrganizationRepository organizations;

	private final MembershipRepository memberships;

	private final SummitRepository summits;

	private final TenureRepository tenures;

	private final CitationRepository citations;

	OrganizationController(OrganizationRepository organizations, MembershipRepository memberships,
			SummitRepository summits, TenureRepository tenures, CitationRepository citations) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.summits = summits;
		this.tenures = tenures;
		this.citations = citations;
	}

	@GetMapping("/organizations")
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "kind", required = false) OrganizationKind kind,
			@RequestParam(name = "sort", required = false) String sort, Model model) {
		ListQuery query = ListQuery.of(sort, "acronym", SORTS);
		model.addAttribute("query", query);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("selectedKind", kind);
		Map<Long, Map<Standing, Long>> counts = this.memberships.countCurrentStandings()
			.stream()
			.collect(Collectors.groupingBy(StandingCount::organizationId,
					Collectors.toMap(StandingCount::standing, StandingCount::count)));
		model.addAttribute("organizations",
				this.organizations.findAll(query.toSort(Sort.by("acronym")))
					.stream()
					.filter((o) -> kind == null || o.getKind() == kind)
					.toList());
		model.addAttribute("counts", counts);
		return LIST_VIEW;
	}

	@GetMapping("/organizations/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Organization organization = this.organizations.findBySlug(slug)
			.orElseThrow(() -> new RecordNotFoundException("organization", slug));
		OrganizationPage.Shown shown = OrganizationPage.Shown.of(this.memberships.findByOrganization(organization),
				page);
		List<Tenure> holders = this.tenures.findByOrganization(organization);
		Citations cited = Citations.of(this.citations.findFor(Map.of(Kind.ORGANIZATION, List.of(organization.getId()),
				Kind.MEMBERSHIP, Citations.ids(shown.rows(), Membership::getId), Kind.OFFICE,
				Citations.ids(holders, (t) -> t.getOffice().getId()), Kind.TENURE,
				Citations.ids(holders, Tenure::getId))));
		// the newest summits, one more than are shown to know whether there are others
		List<Summit> newest = this.summits.findByOrganization(organization,
				PageRequest.of(0, OrganizationPage.SUMMITS_SHOWN + 1));
		model.addAttribute("page", OrganizationPage.of(organization, shown, newest, holders, cited));
		return DETAIL_VIEW;
	}

}
