package org.summittracker.pages.summit;

import org.summittracker.summit.Bridge;
import org.summittracker.summit.SummitSections;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.RosterCount;
import org.summittracker.summit.Rosters;
import org.summittracker.summit.SummitLink;
import org.summittracker.summit.SummitRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.summittracker.organization.MemberCounts;
import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.source.CitationRepository;
import org.summittracker.source.Citations;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.PageNumbers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SummitService implements SummitSections {

	private final SummitRepository summits;

	private final AttendanceRepository attendances;

	private final MembershipRepository memberships;

	private final CitationRepository citations;

	private final OrganizationRepository organizations;

	SummitService(SummitRepository summits, AttendanceRepository attendances, MembershipRepository memberships,
			CitationRepository citations, OrganizationRepository organizations) {
		this.summits = summits;
		this.attendances = attendances;
		this.memberships = memberships;
		this.citations = citations;
		this.organizations = organizations;
	}

	@Override
	public SummitPage page(String slug) {
		List<Summit> loaded = this.summits.findWithSidelinesAndAttendance(slug);
		Summit summit = loaded.stream()
			.filter((s) -> s.getSlug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("summit", slug));
		List<Summit> sidelines = loaded.stream()
			.filter((s) -> s != summit)
			.sorted(Comparator.comparing(Summit::getStartDate).thenComparing(Summit::getName))
			.toList();

		List<Attendance> present = summit.getAttendances().stream().filter((a) -> !a.isAbsence()).toList();
		List<Attendance> absences = summit.getAttendances()
			.stream()
			.filter(Attendance::isAbsence)
			.sorted(SummitPage.TABLE_ORDER)
			.toList();

		SummitLink previous = null;
		SummitLink next = null;
		MemberCounts counts = null;
		Delegations delegations = null;
		Rosters rosters = Rosters.none();
		List<Bridge> bridges = List.of();
		if (summit.getKind() == SummitKind.ORGANIZATION_SUMMIT) {
			bridges = this.attendances.findBridgesOf(summit.getId(), PageRequest.of(0, 20));
			Set<String> shown = new LinkedHashSet<>();
			bridges.forEach((b) -> shown.addAll(List.of(b.firstSlug(), b.secondSlug())));
			// the bridges' rosters, and the summits before and after this one in its
			// series: only the rows the page shows are counted
			List<RosterCount> counted = this.summits.findRosterCounts(shown.toArray(String[]::new),
					summit.getOrganization(), summit.getStartDate(), summit.getName());
			rosters = Rosters.of(counted);
			Long organization = summit.getOrganization().getId();
			for (RosterCount r : counted) {
				if (r.organizationId().equals(organization) && !r.summit().slug().equals(slug)) {
					if (compare(r.summit(), summit) < 0) {
						previous = r.summit();
					}
					else if (next == null) {
						next = r.summit();
					}
				}
			}
			List<Membership> members = this.memberships.findMembersDuring(summit.getOrganization(),
					summit.getStartDate(), summit.getEndDate());
			counts = MemberCounts.of(members, summit.getStartDate(), summit.getEndDate());
			delegations = Delegations.of(members, summit.getAttendances());
		}

		List<Long> summitIds = loaded.stream().map(Summit::getId).toList();
		List<Long> attendanceIds = new ArrayList<>();
		loaded.forEach((s) -> s.getAttendances().forEach((a) -> attendanceIds.add(a.getId())));
		Citations cited = Citations
			.of(this.citations.findFor(Map.of(Kind.SUMMIT, summitIds, Kind.ATTENDANCE, attendanceIds)));

		return new SummitPage(summit, SummitPage.group(present), absences, sidelines, previous, next, counts,
				delegations, bridges, rosters, cited);
	}

	/**
	 * A summit's place in its series, as the roster query orders it: by start date, then
	 * name.
	 */
	private static int compare(SummitLink link, Summit summit) {
		int byDate = link.startDate().compareTo(summit.getStartDate());
		return (byDate != 0) ? byDate : link.name().compareTo(summit.getName());
	}

	public Page<Summit> search(String organization, int year, SummitKind kind, int page, int size, Sort sort) {
		Collection<SummitKind> kinds = (kind != null) ? Set.of(kind) : EnumSet.allOf(SummitKind.class);
		Pageable pageable = PageNumbers.ofIndex(page, size, sort);
		return this.summits.search((organization != null) ? organization : "", year,
				kinds.stream().map(SummitKind::name).toArray(String[]::new), pageable);
	}

	/** The organizations the summits list may be narrowed to, by acronym. */
	public List<Organization> organizations() {
		return this.organizations.findAllByOrderByAcronym();
	}

	public List<Integer> years() {
		return this.summits.findYears();
	}

	public List<Summit> recent(LocalDate today, int limit) {
		return this.summits.findRecent(today, PageRequest.of(0, limit));
	}

	public List<Summit> upcoming(LocalDate today, int limit) {
		return this.summits.findUpcoming(today, PageRequest.of(0, limit));
	}

	public List<Bridge> bridges(int limit) {
		return this.attendances.findBridges(PageRequest.of(0, limit));
	}

	/** How complete the rosters of these summits are, for the caveats of answers. */
	public Rosters rosters(Collection<String> slugs) {
		return Rosters.of(this.summits.findRosterCounts(slugs));
	}

	public List<Attendance> standIns(int limit) {
		return this.attendances.findStandIns(PageRequest.of(0, limit));
	}

}
