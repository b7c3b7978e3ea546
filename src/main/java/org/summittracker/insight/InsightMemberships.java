package org.summittracker.insight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Memberships of several organizations at once, with their nations. */
interface InsightMemberships extends Repository<Membership, Long> {

	@Query("""
			select m from Membership m join fetch m.nation join fetch m.organization
			where m.organization in :organizations
			order by m.start.date nulls last
			""")
	List<Membership> findOf(@Param("organizations") Collection<Organization> organizations);

	/**
	 * Standings that hold on the given day, from the start's first day through the end's
	 * last day, as {@link Membership#isValidOn} and the database read them.
	 */
	@Query("""
			select m from Membership m join fetch m.nation join fetch m.organization
			where m.organization in :organizations
			  and (m.start.date is null or m.start.date <= :day)
			  and (m.end.date is null or function('partial_date_last_day', m.end.date, m.end.precision) >= :day)
			""")
	List<Membership> findHoldingOn(@Param("organizations") Collection<Organization> organizations,
			@Param("day") LocalDate day);

}
