package org.summittracker.insight;

import java.util.Collection;
import java.util.List;

import org.summittracker.organization.Organization;
import org.summittracker.summit.Summit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The summits the insight pages compare, lay out in a matrix or put on a time axis. */
interface InsightSummits extends Repository<Summit, Long> {

	@Query("""
			select s from Summit s left join fetch s.organization left join fetch s.hostNation
			where s.slug in :slugs order by s.startDate, s.name
			""")
	List<Summit> findBySlugs(@Param("slugs") Collection<String> slugs);

	/** Every summit and meeting as a choice for the comparison form, newest first. */
	@Query("""
			select new org.summittracker.insight.SummitChoice(s.slug, s.name, s.startDate)
			from Summit s order by s.startDate desc, s.name
			""")
	List<SummitChoice> findChoices();

	/**
	 * The summits an organization convened, oldest first: the columns of its attendance
	 * matrix.
	 */
	@Query("""
			select s from Summit s join fetch s.organization left join fetch s.hostNation
			where s.organization = :organization and s.kind = ORGANIZATION_SUMMIT
			order by s.startDate, s.name
			""")
	List<Summit> findSeriesOf(@Param("organization") Organization organization);

	/**
	 * Every organization's summits in one year, oldest first: the columns of a year's
	 * attendance matrix.
	 */
	@Query("""
			select s from Summit s join fetch s.organization o left join fetch s.hostNation
			where s.kind = ORGANIZATION_SUMMIT and s.startDate >= function('make_date', greatest(:year, 1), 1, 1)
			  and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1)
			order by s.startDate, o.acronym
			""")
	List<Summit> findOrganizationSummitsIn(@Param("year") int year);

	/** Each year with an organization summit, newest first: the matrix's year choices. */
	@Query("""
			select distinct extract(year from s.startDate) from Summit s where s.kind = ORGANIZATION_SUMMIT
			order by 1 desc
			""")
	List<Integer> findOrganizationSummitYears();

	/**
	 * The latest year up to {@code year} in which an organization summit has attendance
	 * rows: the matrix opens on it. Walks the summits back from the year's end by date,
	 * probing each one's attendance by index, rather than counting every row.
	 */
	@Query("""
			select extract(year from s.startDate) from Summit s
			where s.kind = ORGANIZATION_SUMMIT and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1)
			  and exists (select 1 from Attendance a where a.summit = s)
			order by s.startDate desc limit 1
			""")
	List<Integer> findLatestYearWithAttendance(@Param("year") int year);

	/**
	 * Summits and meetings for the time axis, oldest first; with an organization, its
	 * summits and the meetings on their sidelines.
	 */
	@Query("""
			select s from Summit s left join fetch s.organization o left join fetch s.hostNation
			  left join fetch s.parent p left join fetch p.organization po
			where :organization is null or o = :organization or po = :organization
			order by s.startDate, s.name
			""")
	List<Summit> findForTimeline(@Param("organization") Organization organization);

}
