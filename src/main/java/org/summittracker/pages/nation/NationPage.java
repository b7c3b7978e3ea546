package org.summittracker.pages.nation;

import org.summittracker.nation.Nation;

import java.util.List;

import org.summittracker.person.Tenure;
import org.summittracker.source.Citations;
import org.summittracker.organization.Membership;
import org.summittracker.summit.Attendance;

import org.springframework.data.domain.Page;

/**
 * A nation's page: its memberships over time, its office holders and every summit at
 * which it was represented, with the sources of the nation, its other names, memberships,
 * offices and office holders; a page of its representations at a time.
 */
public record NationPage(Nation nation, List<Membership> memberships, List<Tenure> officeHolders,
		List<Attendance> representations, Page<Attendance> representationPages, Citations citations) {

}
