package org.summittracker.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.summittracker.system.RecordRepository;
import org.summittracker.nation.Nation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends RecordRepository<Membership> {

	@Query("""
			select m from Membership m join fetch m.nation n
			where m.organization = :organization
			order by m.standing, m.start.date nulls last, n.name
			""")
	List<Membership> findByOrganization(@Param("organization") Organization organization);

	@Query("""
			select m from Membership m join fetch m.organization o
			where m.nation = :nation
			order by o.acronym, m.start.date nulls first
			""")
	List<Membership> findByNation(@Param("nation") Nation nation);

	/** A membership with the nation and organization its forms and pages name. */
	@Query("select m from Membership m join fetch m.nation join fetch m.organization where m.id = :id")
	Optional<Membership> findWithNationAndOrganizationById(@Param("id") Long id);

	/** Every standing of a nation in an organization, to check a new period against. */
	@Query("""
			select m from Membership m join fetch m.nation join fetch m.organization
			where m.nation.id = :nation and m.organization.id = :organization
			order by m.start.date nulls first
			""")
	List<Membership> findByNationAndOrganization(@Param("nation") Long nationId,
			@Param("organization") Long organizationId);

	@Query("select m from Membership m join fetch m.organization o where m.end.date is null order by o.acronym")
	List<Membership> findCurrent();

	/**
	 * Full members on two days, derived from dated memberships: from the start's first
	 * day through the end's last day (partial_date_last_day), as
	 * {@link Membership#isValidOn}.
	 */
	@Query("""
			select new org.summittracker.organization.MemberCounts(
			  coalesce(sum(case when (m.start.date is null or m.start.date <= :first)
			                     and (m.end.date is null
			                          or function('partial_date_last_day', m.end.date, m.end.precision) >= :first)
			                    then 1 else 0 end), 0),
			  coalesce(sum(case when (m.start.date is null or m.start.date <= :last)
			                     and (m.end.date is null
			                          or function('partial_date_last_day', m.end.date, m.end.precision) >= :last)
			                    then 1 else 0 end), 0))
			from Membership m where m.organization = :organization and m.standing = MEMBER
			""")
	MemberCounts countMembers(@Param("organization") Organization organization, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	/**
	 * Full members on some day from {@code first} through {@code last}, with their
	 * nations: a summit's member count and the members its roster does not record.
	 */
	@Query("""
			select m from Membership m join fetch m.nation n
			where m.organization = :organization and m.standing = MEMBER
			  and (m.start.date is null or m.start.date <= :last)
			  and (m.end.date is null
			       or function('partial_date_last_day', m.end.date, m.end.precision) >= :first)
			order by n.name
			""")
	List<Membership> findMembersDuring(@Param("organization") Organization organization,
			@Param("first") LocalDate first, @Param("last") LocalDate last);

	@Query("""
			select new org.summittracker.organization.StandingCount(m.organization.id, m.standing, count(m))
			from Membership m where m.end.date is null group by m.organization.id, m.standing
			""")
	List<StandingCount> countCurrentStandings();

}
