package org.summittracker.export;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The read model behind the exports and the API: every query selects flat rows (never
 * entities), so a response never loads anything lazily and issues the same statements
 * whatever the number of rows.
 */
public interface ExportRepository extends Repository<Summit, Long> {

	/** Rows a streamed download fetches per round trip. */
	String FETCH = "500";

	String SUMMIT_ROW = """
			select new org.summittracker.export.SummitRow(s.slug, s.name, s.kind, o.slug, o.acronym, p.slug, h.slug,
			  h.name, s.city, s.venue, s.startDate, s.endDate, s.status, s.description, s.wikidataId)
			from Summit s left join s.organization o left join s.parent p left join s.hostNation h
			""";

	String SUMMIT_FILTER = """
			where (:organization = '' or o.slug = :organization)
			  and (:year = 0 or s.startDate >= function('make_date', greatest(:year, 1), 1, 1)
			    and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1))
			  and s.kind in :kinds
			""";

	String ATTENDANCE_ROW = """
			select new org.summittracker.export.AttendanceRow(s.slug, s.name, s.startDate, s.endDate, p.slug, p.name,
			  n.slug, n.name, g.slug, g.acronym, a.capacity, f.title, a.standing, a.status, i.slug, i.name, a.note)
			from Attendance a join a.summit s left join a.person p left join a.nation n left join a.organization g
			  left join a.insteadOf i left join a.office f
			""";

	String MEMBERSHIP_ROW = """
			select new org.summittracker.export.MembershipRow(n.slug, n.name, o.slug, o.acronym, m.standing,
			  m.start.date, m.start.precision, m.end.date, m.end.precision, m.note)
			from Membership m join m.nation n join m.organization o
			""";

	/**
	 * The summit list with the same filters as the page (empty organization and year 0
	 * for any), newest first. Like every list here, a page of it or all of it
	 * ({@link Pageable#unpaged()}, without a count).
	 */
	@Query(value = SUMMIT_ROW + SUMMIT_FILTER + "order by s.startDate desc, s.name", countQuery = """
			select count(s) from Summit s left join s.organization o
			""" + SUMMIT_FILTER)
	Page<SummitRow> findSummits(@Param("organization") String organization, @Param("year") int year,
			@Param("kinds") Collection<SummitKind> kinds, Pageable pageable);

	/**
	 * The same list whole, read through a cursor ({@link #FETCH} rows a round trip) for a
	 * download that writes each row as it comes.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(SUMMIT_ROW + SUMMIT_FILTER + "order by s.startDate desc, s.name")
	Stream<SummitRow> streamSummits(@Param("organization") String organization, @Param("year") int year,
			@Param("kinds") Collection<SummitKind> kinds);

	@Query(SUMMIT_ROW + "where s.slug = :slug")
	Optional<SummitRow> findSummit(@Param("slug") String slug);

	@Query(SUMMIT_ROW + "where p.slug = :slug order by s.startDate, s.name")
	List<SummitRow> findSidelinesOf(@Param("slug") String slug);

	@Query(SUMMIT_ROW + "where o.slug = :organization order by s.startDate desc")
	List<SummitRow> findSummitsOf(@Param("organization") String organization);

	String CALENDAR_ENTRY = """
			select new org.summittracker.export.CalendarEntry(s.id, s.slug, s.name, s.startDate, s.endDate, s.status,
			  s.venue, s.city, h.name, s.description)
			from Summit s left join s.hostNation h
			""";

	/** Every summit and meeting, oldest first, for the calendar feed, streamed. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(CALENDAR_ENTRY + "order by s.startDate, s.name")
	Stream<CalendarEntry> findCalendar();

	/** The summits an organization convened, oldest first, streamed. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(CALENDAR_ENTRY + "where s.organization.slug = :organization order by s.startDate, s.name")
	Stream<CalendarEntry> findCalendarOf(@Param("organization") String organization);

	/**
	 * A summit's attendance: hosts first, then by nation or organization represented,
	 * then by person.
	 */
	@Query(ATTENDANCE_ROW + """
			where s.slug = :slug
			order by case when a.capacity = HOST then 0 else 1 end, coalesce(n.name, g.name), p.sortName
			""")
	List<AttendanceRow> findAttendanceAt(@Param("slug") String summit);

	/**
	 * Everything a person attended, stayed away from, or was represented at by someone
	 * sent instead.
	 */
	String APPEARANCES = ATTENDANCE_ROW + """
			where p.slug = :slug or i.slug = :slug
			order by s.startDate, case when s.parent is null then 0 else 1 end, s.name
			""";

	String REPRESENTATIONS = ATTENDANCE_ROW + "where n.slug = :slug order by s.startDate desc, s.name, p.sortName";

	@Query(APPEARANCES)
	List<AttendanceRow> findAppearancesOf(@Param("slug") String person);

	/** The same appearances, streamed for a download. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(APPEARANCES)
	Stream<AttendanceRow> streamAppearancesOf(@Param("slug") String person);

	@Query(REPRESENTATIONS)
	List<AttendanceRow> findRepresentationsOf(@Param("slug") String nation);

	/** The same representations, streamed for a download. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(REPRESENTATIONS)
	Stream<AttendanceRow> streamRepresentationsOf(@Param("slug") String nation);

	String LEADER_ROW = """
			select new org.summittracker.export.PersonRow(p.slug, p.name, p.sortName, p.birthDate, p.wikidataId, n.slug,
			  n.name, cast(null as String))
			from Person p left join p.nationality n
			""";

	@Query(value = LEADER_ROW + "where (:nation = '' or n.slug = :nation) order by p.sortName",
			countQuery = "select count(p) from Person p left join p.nationality n where (:nation = '' or n.slug = :nation)")
	Page<PersonRow> findLeaders(@Param("nation") String nation, Pageable pageable);

	/**
	 * The leader list whole, each row with its current offices (titles joined "; ", in
	 * the order they began), streamed.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query("""
			select new org.summittracker.export.PersonRow(p.slug, p.name, p.sortName, p.birthDate, p.wikidataId, n.slug, n.name,
			  (select listagg(o.title, '; ') within group (order by t.start.date)
			   from Tenure t join t.office o where t.person = p and t.end.date is null))
			from Person p left join p.nationality n
			where (:nation = '' or n.slug = :nation) order by p.sortName
			""")
	Stream<PersonRow> streamLeaders(@Param("nation") String nation);

	@Query(LEADER_ROW + "where p.slug = :slug")
	Optional<PersonRow> findLeader(@Param("slug") String slug);

	/**
	 * Current offices of the people with these slugs, as (person slug, office title)
	 * pairs.
	 */
	@Query("""
			select new org.summittracker.export.Labelled(p.slug, o.title) from Tenure t join t.person p join t.office o
			where p.slug in :people and t.end.date is null order by t.start.date
			""")
	List<Labelled> findCurrentOffices(@Param("people") Collection<String> people);

	@Query("""
			select new org.summittracker.export.OtherNameRow(n.name, n.kind) from PersonName n
			where n.person.slug = :slug order by n.name
			""")
	List<OtherNameRow> findOtherNamesOf(@Param("slug") String person);

	@Query("""
			select new org.summittracker.export.TenureRow(o.slug, o.title, o.kind, n.slug, g.slug, t.start.date,
			  t.start.precision, t.end.date, t.end.precision, t.acting)
			from Tenure t join t.office o left join o.nation n left join o.organization g
			where t.person.slug = :slug order by t.start.date desc
			""")
	List<TenureRow> findTenuresOf(@Param("slug") String person);

	String NATION_ROW = """
			select new org.summittracker.export.NationRow(n.slug, n.name, n.officialName, n.isoAlpha2, n.isoAlpha3,
			  n.isoNumeric, n.wikidataId, cast(null as String))
			from Nation n
			""";

	@Query(value = NATION_ROW + "order by n.name", countQuery = "select count(n) from Nation n")
	Page<NationRow> findNations(Pageable pageable);

	@Query(NATION_ROW + "where n.slug = :slug")
	Optional<NationRow> findNation(@Param("slug") String slug);

	/** Every current standing, as (nation slug, "ACRONYM:STANDING") pairs. */
	@Query("""
			select new org.summittracker.export.Labelled(n.slug, concat(o.acronym, ':', cast(m.standing as String)))
			from Membership m join m.nation n join m.organization o
			where m.end.date is null and (:nation = '' or n.slug = :nation)
			order by o.acronym
			""")
	List<Labelled> findCurrentStandings(@Param("nation") String nation);

	@Query(MEMBERSHIP_ROW + "where n.slug = :slug order by o.acronym, m.start.date nulls first")
	List<MembershipRow> findMembershipsOfNation(@Param("slug") String nation);

	@Query(MEMBERSHIP_ROW + "where o.slug = :slug order by m.standing, m.start.date nulls last, n.name")
	List<MembershipRow> findMembershipsIn(@Param("slug") String organization);

	String ORGANIZATION_ROW = """
			select new org.summittracker.export.OrganizationRow(o.slug, o.acronym, o.name, o.kind, o.founded.date,
			  o.founded.precision, o.description, o.wikidataId)
			from Organization o
			""";

	@Query(value = ORGANIZATION_ROW + "order by o.acronym", countQuery = "select count(o) from Organization o")
	Page<OrganizationRow> findOrganizations(Pageable pageable);

	@Query(ORGANIZATION_ROW + "where o.slug = :slug")
	Optional<OrganizationRow> findOrganization(@Param("slug") String slug);

	/** How many nations hold each standing today, per organization slug. */
	@Query("""
			select new org.summittracker.export.StandingTally(o.slug, m.standing, count(m))
			from Membership m join m.organization o where m.end.date is null group by o.slug, m.standing
			""")
	List<StandingTally> countCurrentStandings();

	@Query(value = """
			select new org.summittracker.export.SourceRow(s.id, s.title, s.publisher, s.url, s.published.date,
			  s.published.precision, s.note)
			from Source s order by s.id
			""", countQuery = "select count(s) from Source s")
	Page<SourceRow> findSources(Pageable pageable);

}
