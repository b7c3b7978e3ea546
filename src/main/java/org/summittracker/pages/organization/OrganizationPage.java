package org.summittracker.pages.organization;

import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.summittracker.pages.Slices;
import org.summittracker.person.Tenure;
import org.summittracker.source.Citations;
import org.summittracker.summit.Summit;

import org.springframework.data.domain.Page;

/**
 * An organization's page: current members by standing with join dates, a page of
 * {@link Slices#SIZE} at a time (the United Nations has 193), former members, summits,
 * office holders.
 *
 * @param current the shown page of current members, grouped by standing
 * @param standings how many current members each standing has in all, not only on this
 * page
 * @param memberPages which page of the current members this is
 */
public record OrganizationPage(Organization organization, Map<Standing, List<Membership>> current,
		Map<Standing, Integer> standings, Page<Membership> memberPages, List<Membership> former, List<Summit> summits,
		boolean moreSummits, List<Tenure> officeHolders, Citations citations) {

	/**
	 * The newest summits the page lists; the others are in the summit list, which pages
	 * them (an organization of the 100x benchmark convened a thousand).
	 */
	public static final int SUMMITS_SHOWN = 50;

	/**
	 * What the page shows of an organization's memberships, before the citations of the
	 * shown ones are read.
	 *
	 * @param current the page of current memberships, in the order they were read
	 * (standing, start, name)
	 * @param standings the number of current memberships of each standing
	 * @param former every ended membership, by nation and then end
	 */
	record Shown(Page<Membership> current, Map<Standing, Integer> standings, List<Membership> former) {

		/**
		 * Page {@code page} (from 1; past the end is the last page) of the current
		 * memberships of {@code memberships}, with all the former ones.
		 */
		static Shown of(List<Membership> memberships, int page) {
			List<Membership> current = memberships.stream().filter(Membership::isCurrent).toList();
			Map<Standing, Integer> standings = new EnumMap<>(Standing.class);
			current.forEach((m) -> standings.merge(m.getStanding(), 1, Integer::sum));
			List<Membership> former = memberships.stream()
				.filter((m) -> !m.isCurrent())
				.sorted(Comparator.comparing((Membership m) -> m.getNation().getName())
					.thenComparing((m) -> m.period().lastDay()))
				.toList();
			return new Shown(Slices.of(current, page), standings, former);
		}

		/** The memberships whose rows the page shows, for their citations. */
		List<Membership> rows() {
			List<Membership> rows = new ArrayList<>(this.current.getContent());
			rows.addAll(this.former);
			return rows;
		}

	}

	static OrganizationPage of(Organization organization, Shown shown, List<Summit> summits, List<Tenure> officeHolders,
			Citations citations) {
		Map<Standing, List<Membership>> current = new EnumMap<>(Standing.class);
		shown.current().forEach((m) -> current.computeIfAbsent(m.getStanding(), (k) -> new ArrayList<>()).add(m));
		boolean more = summits.size() > SUMMITS_SHOWN;
		return new OrganizationPage(organization, current, shown.standings(), shown.current(), shown.former(),
				more ? summits.subList(0, SUMMITS_SHOWN) : summits, more, officeHolders, citations);
	}

	/** How many summits the page lists at most. */
	public int summitsShown() {
		return SUMMITS_SHOWN;
	}

	/** How many full members the organization has today, on every page. */
	public int memberCount() {
		return this.standings.getOrDefault(Standing.MEMBER, 0);
	}

	/** How many current members of {@code standing} there are in all. */
	public int standingCount(Standing standing) {
		return this.standings.getOrDefault(standing, 0);
	}

}
