package org.summittracker.pages.nation;

import org.summittracker.nation.Nation;
import org.summittracker.pages.Slices;
import org.summittracker.summit.Attendance;
import org.springframework.data.domain.Page;
import org.summittracker.nation.NationRepository;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.summittracker.nation.NationName;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.source.CitationRepository;
import org.summittracker.source.Citations;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.system.ListQuery;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.PageNumbers;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class NationController {

	static final String LIST_VIEW = "nations/list";

	static final int PAGE_SIZE = 60;

	/** Columns readers may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("name", "name", "code", "isoAlpha2");

	static final String DETAIL_VIEW = "nations/detail";

	private final NationRepository nations;

	private final MembershipRepository memberships;

	private final TenureRepository tenures;

	private final AttendanceRepository attendances;

	private final OrganizationRepository organizations;

	private final CitationRepository citations;

	private final EntityManager entityManager;

	NationController(NationRepository nations, MembershipRepository memberships, TenureRepository tenures,
			AttendanceRepository attendances, OrganizationRepository organizations, CitationRepository citations,
			EntityManager entityManager) {
		this.citations = citations;
		this.entityManager = entityManager;
		this.organizations = organizations;
		this.nations = nations;
		this.memberships = memberships;
		this.tenures = tenures;
		this.attendances = attendances;
	}

	@GetMapping("/nations")
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		ListQuery query = ListQuery.of(sort, "name", SORTS);
		String selected = (organization != null) ? organization : "";
		model.addAttribute("query", query);
		model.addAttribute("selectedOrganization", selected);
		model.addAttribute("organizations", this.organizations.findAllByOrderByAcronym());
		Map<Long, List<Membership>> current = this.memberships.findCurrent()
			.stream()
			.collect(Collectors.groupingBy((m) -> m.getNation().getId()));
		model.addAttribute("nations",
				this.nations.search(selected, PageNumbers.of(page, PAGE_SIZE, query.toSort(Sort.by("name")))));
		model.addAttribute("memberships", current);
		return LIST_VIEW;
	}

	@GetMapping("/nations/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Nation nation = this.entityManager
			.createQuery("select n from Nation n left join fetch n.otherNames where n.slug = :slug", Nation.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("nation", slug));
		List<Membership> memberships = this.memberships.findByNation(nation);
		List<Tenure> holders = this.tenures.findByNation(nation);
		Citations cited = Citations.of(this.citations.findFor(Map.of(Kind.NATION, List.of(nation.getId()),
				Kind.NATION_NAME, Citations.ids(nation.getOtherNames(), NationName::getId), Kind.MEMBERSHIP,
				Citations.ids(memberships, Membership::getId), Kind.OFFICE,
				Citations.ids(holders, (t) -> t.getOffice().getId()), Kind.TENURE,
				Citations.ids(holders, Tenure::getId))));
		Page<Attendance> shown = Slices.query(page,
				(pageable) -> this.attendances.findRepresentations(nation.getId(), pageable));
		model.addAttribute("page", new NationPage(nation, memberships, holders, shown.getContent(), shown, cited));
		return DETAIL_VIEW;
	}

}
