package org.summittracker.summit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.summittracker.system.SluggedRecordRepository;
import org.summittracker.organization.Organization;
import org.summittracker.system.Option;

import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The summits' own repository, primary among the read-side ones, so that a form field
 * typed {@code Summit} is bound from its id through this one's {@link #findById}.
 */
@Primary
public interface SummitRepository extends SluggedRecordRepository<Summit> {

	/** The summit with what its edit form shows: its organization, parent and host. */
	@Query("""
			select s from Summit s left join fetch s.organization left join fetch s.parent
			  left join fetch s.hostNation where s.id = :id""")
	Optional<Summit> findById(@Param("id") Long id);

	Optional<Summit> findBySlug(String slug);

	/**
	 * Summits a meeting may sit on the sidelines of, at most a page of them: the one
	 * {@code kept} (the form's current parent; 0 for none) first, then the newest.
	 */
	@Query("""
			select new org.summittracker.system.Option(s.id, s.name)
			from Summit s where s.kind = ORGANIZATION_SUMMIT or s.id = :kept
			order by case when s.id = :kept then 0 else 1 end, s.startDate desc
			""")
	List<Option> findParentOptions(@Param("kept") long kept, Pageable pageable);

	/**
	 * The summit with this slug and the meetings on its sidelines, each with its
	 * attendance rows and the people, nations and organizations in them: everything the
	 * summit page lists, in one statement. The sidelines are found by their own
	 * {@code parent_id} column ({@code summit_parent_idx}), the parent by its slug: a
	 * condition on the joined parent ({@code p.slug = :slug}, or {@code s.parent.id},
	 * which Hibernate renders as the joined parent's id once the parent is fetched) could
	 * only be answered by joining every summit to its parent (two sequential scans of
	 * summit: 6 ms at seed scale, 21 ms at 100x); {@code fk(s.parent)} lets PostgreSQL
	 * combine the slug and parent indexes.
	 */
	@Query("""
			select s from Summit s
			  left join fetch s.organization left join fetch s.hostNation left join fetch s.parent p
			  left join fetch s.attendances a left join fetch a.person left join fetch a.nation
			  left join fetch a.organization left join fetch a.insteadOf left join fetch a.office
			where s.slug = :slug or fk(s.parent) = (select x.id from Summit x where x.slug = :slug)
			""")
	List<Summit> findWithSidelinesAndAttendance(@Param("slug") String slug);

	/**
	 * How complete the rosters of the named organization summits are, oldest first: the
	 * members on some day of each (from the start's first day through the end's last day,
	 * as {@code Membership#isValidOn}) and how many of them have a delegation row. Only
	 * the summits a page shows are counted: counting every summit's roster on each view
	 * cost seconds at 100x the data.
	 */
	default List<RosterCount> findRosterCounts(Collection<String> slugs) {
		return findRosterCounts(slugs.toArray(String[]::new), null, null, null);
	}

	/**
	 * The roster counts of the named summits and of the summits just before and just
	 * after ({@code start}, {@code name}) in the series of {@code organization} (by start
	 * date, then name), oldest first: what a summit page shows, in one statement.
	 */
	@Query(ROSTER_COUNT + """
			where s.kind = ORGANIZATION_SUMMIT and (any_of(s.slug, :slugs)
			  or s.id = (select b.id from Summit b where b.organization = :organization and b.kind = ORGANIZATION_SUMMIT
			               and (b.startDate < :start or b.startDate = :start and b.name < :name)
			             order by b.startDate desc, b.name desc limit 1)
			  or s.id = (select f.id from Summit f where f.organization = :organization and f.kind = ORGANIZATION_SUMMIT
			               and (f.startDate > :start or f.startDate = :start and f.name > :name)
			             order by f.startDate, f.name limit 1))
			order by s.startDate, s.name
			""")
	List<RosterCount> findRosterCounts(@Param("slugs") String[] slugs, @Param("organization") Organization organization,
			@Param("start") LocalDate start, @Param("name") String name);

	String ROSTER_COUNT = """
			select new org.summittracker.summit.RosterCount(s.organization.id, s.slug, s.name, s.startDate, s.endDate,
			  (select count(distinct m.nation) from Membership m where m.organization = s.organization
			     and m.standing = MEMBER and (m.start.date is null or m.start.date <= s.endDate)
			     and (m.end.date is null
			          or function('partial_date_last_day', m.end.date, m.end.precision) >= s.startDate)),
			  (select count(distinct m.nation) from Membership m where m.organization = s.organization
			     and m.standing = MEMBER and (m.start.date is null or m.start.date <= s.endDate)
			     and (m.end.date is null
			          or function('partial_date_last_day', m.end.date, m.end.precision) >= s.startDate)
			     and exists (select 1 from Attendance a where a.summit = s and a.nation = m.nation)))
			from Summit s
			""";

	/**
	 * Every summit an organization convened, oldest first: a page picks the previous and
	 * next from it.
	 */
	@Query("""
			select new org.summittracker.summit.SummitLink(s.slug, s.name, s.startDate, s.endDate)
			from Summit s where s.organization = :organization and s.kind = ORGANIZATION_SUMMIT
			order by s.startDate
			""")
	List<SummitLink> findSeriesOf(@Param("organization") Organization organization);

	@Query(value = """
			select s from Summit s left join fetch s.organization o left join fetch s.hostNation
			where (:organization = '' or o.slug = :organization)
			  and (:year = 0 or s.startDate >= function('make_date', greatest(:year, 1), 1, 1)
			    and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1))
			  and any_of(cast(s.kind as String), :kinds)
			""", countQuery = """
			select count(s) from Summit s left join s.organization o
			where (:organization = '' or o.slug = :organization)
			  and (:year = 0 or s.startDate >= function('make_date', greatest(:year, 1), 1, 1)
			    and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1))
			  and any_of(cast(s.kind as String), :kinds)
			""")
	Page<Summit> search(@Param("organization") String organization, @Param("year") int year,
			@Param("kinds") String[] kinds, Pageable pageable);

	/**
	 * The years with a summit of this kind (any, when empty), newest first: found by one
	 * probe of the start-date index per year (each step the latest summit before the
	 * first of January of the last year found), not by reading every summit, so a year
	 * list costs the same however many summits a year has (a distinct over every
	 * organization summit took ~14 ms at 100x the data, this ~3 ms).
	 */
	@Query(nativeQuery = true,
			value = """
					with recursive latest(start_date) as (
					  (select start_date from summit where (:kind = '' or kind = :kind) order by start_date desc limit 1)
					  union all
					  select (select s.start_date from summit s
					          where (:kind = '' or s.kind = :kind) and s.start_date < date_trunc('year', latest.start_date)::date
					          order by s.start_date desc limit 1)
					  from latest where latest.start_date is not null
					)
					select cast(extract(year from start_date) as integer) from latest where start_date is not null order by 1 desc
					""")
	List<Integer> findYearsOf(@Param("kind") String kind);

	/**
	 * The years with a summit or meeting of any kind, newest first: the filters' years.
	 */
	default List<Integer> findYears() {
		return findYearsOf("");
	}

	@Query("""
			select s from Summit s left join fetch s.organization left join fetch s.hostNation
			where s.startDate <= :day order by s.startDate desc, s.name
			""")
	List<Summit> findRecent(@Param("day") LocalDate day, Pageable limit);

	@Query("""
			select s from Summit s left join fetch s.organization left join fetch s.hostNation
			where s.startDate > :day order by s.startDate, s.name
			""")
	List<Summit> findUpcoming(@Param("day") LocalDate day, Pageable limit);

	/**
	 * An organization's newest summits, as many as {@code limit} asks (by the start-date
	 * index).
	 */
	@Query("""
			select s from Summit s left join fetch s.hostNation
			where s.organization = :organization order by s.startDate desc, s.name
			""")
	List<Summit> findByOrganization(@Param("organization") Organization organization, Pageable limit);

}
