package org.summittracker.pages.organization;

import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.summittracker.person.Tenure;
import org.summittracker.source.Citations;
import org.summittracker.summit.Summit;

/**
 * An organization's page: current members by standing with join dates, former members,
 * summits, office holders.
 */
public record OrganizationPage(Organization organization, Map<Standing, List<Membership>> current,
		List<Membership> former, List<Summit> summits, boolean moreSummits, List<Tenure> officeHolders,
		Citations citations) {

	/**
	 * The newest summits the page lists; the others are in the summit list, which pages
	 * them (an organization of the 100x benchmark convened a thousand).
	 */
	public static final int SUMMITS_SHOWN = 50;

	static OrganizationPage of(Organization organization, List<Membership> memberships, List<Summit> summits,
			List<Tenure> officeHolders, Citations citations) {
		Map<Standing, List<Membership>> current = new EnumMap<>(Standing.class);
		memberships.stream()
			.filter(Membership::isCurrent)
			.forEach((m) -> current.computeIfAbsent(m.getStanding(), (k) -> new java.util.ArrayList<>()).add(m));
		List<Membership> former = memberships.stream()
			.filter((m) -> !m.isCurrent())
			.sorted(java.util.Comparator.comparing((Membership m) -> m.getNation().getName())
				.thenComparing((m) -> m.period().lastDay()))
			.toList();
		boolean more = summits.size() > SUMMITS_SHOWN;
		return new OrganizationPage(organization, current, former, more ? summits.subList(0, SUMMITS_SHOWN) : summits,
				more, officeHolders, citations);
	}

	/** How many summits the page lists at most. */
	public int summitsShown() {
		return SUMMITS_SHOWN;
	}

	public int memberCount() {
		return this.current.getOrDefault(Standing.MEMBER, List.of()).size();
	}

}
