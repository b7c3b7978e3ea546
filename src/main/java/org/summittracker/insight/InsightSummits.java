package org.summittracker.insight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.summittracker.organization.Organization;
import org.summittracker.summit.Summit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/**
	 * Choices for the comparison form besides the chosen ones, newest first, at most a
	 * page of them: the summits and meetings whose name holds {@code :words} (any, when
	 * empty), but not those {@code :excluded} (the chosen, listed first by the caller).
	 */
	@Query("""
			select new org.summittracker.insight.SummitChoice(s.slug, s.name, s.startDate)
			from Summit s
			where (:words = '' or lower(s.name) like lower(concat('%', :words, '%')) escape '\\')
			  and not any_of(s.slug, :excluded)
			order by s.startDate desc, s.name
			""")
	List<SummitChoice> findChoices(@Param("words") String words, @Param("excluded") String[] excluded,
			Pageable pageable);

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

	String TIMELINE_FILTER = """
			where (:organization is null or o = :organization or po = :organization)
			""";

	/**
	 * The decades that hold summits or meetings for the time axis (with an organization,
	 * its summits and the meetings on their sidelines), oldest first, each with how many:
	 * the timeline's navigator.
	 */
	@Query("""
			select cast(extract(year from s.startDate) as integer) / 10 * 10, count(s) from Summit s
			  left join s.organization o left join s.parent p left join p.organization po
			""" + TIMELINE_FILTER + """
			group by cast(extract(year from s.startDate) as integer) / 10 * 10 order by 1
			""")
	List<Object[]> findTimelineDecades(@Param("organization") Organization organization);

	/**
	 * A page of the summits and meetings that began in {@code [from, to)} for the time
	 * axis, oldest first; with an organization, its summits and the meetings on their
	 * sidelines.
	 */
	@Query(value = """
			select s from Summit s left join fetch s.organization o left join fetch s.hostNation
			  left join fetch s.parent p left join p.organization po
			""" + TIMELINE_FILTER + """
			  and s.startDate >= :from and s.startDate < :to
			order by s.startDate, s.name
			""", countQuery = """
			select count(s) from Summit s left join s.organization o left join s.parent p left join p.organization po
			""" + TIMELINE_FILTER + """
			  and s.startDate >= :from and s.startDate < :to
			""")
	Page<Summit> findForTimeline(@Param("organization") Organization organization, @Param("from") LocalDate from,
			@Param("to") LocalDate to, Pageable pageable);

}
