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
		List<Membership> former, List<Summit> summits, List<Tenure> officeHolders, Citations citations) {

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
		return new OrganizationPage(organization, current, former, summits, officeHolders, citations);
	}

	public int memberCount() {
		return this.current.getOrDefault(Standing.MEMBER, List.of()).size();
	}

}
