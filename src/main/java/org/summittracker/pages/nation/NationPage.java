package org.summittracker.pages.nation;

import org.summittracker.nation.Nation;

import java.util.List;

import org.summittracker.person.Tenure;
import org.summittracker.source.Citations;
import org.summittracker.organization.Membership;
import org.summittracker.summit.Attendance;

/**
 * A nation's page: its memberships over time, its office holders and every summit at
 * which it was represented, with the sources of the nation, its other names, memberships,
 * offices and office holders.
 */
public record NationPage(Nation nation, List<Membership> memberships, List<Tenure> officeHolders,
		List<Attendance> representations, Citations citations) {

}
