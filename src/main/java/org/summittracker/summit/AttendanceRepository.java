package org.summittracker.summit;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.RecordRepository;
import org.summittracker.person.Person;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttendanceRepository extends RecordRepository<Attendance> {

	@Query("""
			select a from Attendance a join fetch a.summit left join fetch a.person left join fetch a.insteadOf
			  left join fetch a.organization left join fetch a.office where a.id = :id""")
	Optional<Attendance> findById(@Param("id") Long id);

	@Query("""
			select count(a) > 0 from Attendance a
			where a.summit.id = :summit and a.person.id = :person and (:id is null or a.id <> :id)""")
	boolean personAlreadyListed(@Param("summit") Long summit, @Param("person") Long person, @Param("id") Long id);

	/**
	 * Everything a person attended, stayed away from, or was represented at by someone
	 * sent instead.
	 */
	@Query("""
			select a from Attendance a join fetch a.summit s left join fetch s.organization left join fetch s.parent
			  left join fetch s.hostNation left join fetch a.nation left join fetch a.organization
			  left join fetch a.person left join fetch a.insteadOf
			where fk(a.person) = :#{#person.id} or fk(a.insteadOf) = :#{#person.id}
			order by s.startDate, case when s.parent is null then 0 else 1 end, s.name
			""")
	List<Attendance> findInvolving(@Param("person") Person person);

	/**
	 * One page of what a person attended or stayed away from, in date order, each row
	 * with how many rows there are in all (the same statement counts them, by index). The
	 * predicate names the attendance row's own columns, so the person's index serves it.
	 */
	@Query("""
			select a, (select count(*) from Attendance c where fk(c.person) = :person)
			from Attendance a join fetch a.summit s left join fetch s.organization
			  left join fetch s.parent left join fetch s.hostNation left join fetch a.nation
			  left join fetch a.organization left join fetch a.person left join fetch a.insteadOf
			where fk(a.person) = :person
			order by s.startDate, case when s.parent is null then 0 else 1 end, s.name, a.id
			""")
	List<Object[]> findAppearances(@Param("person") Long person, Pageable page);

	/** Where someone else was sent in this person's place, in date order. */
	@Query("""
			select a from Attendance a join fetch a.summit s left join fetch a.person
			where fk(a.insteadOf) = :person
			order by s.startDate, s.name
			""")
	List<Attendance> findRepresenting(@Param("person") Long person);

	/**
	 * One page of a nation's representations, newest first, each row with how many there
	 * are in all (the same statement counts them).
	 */
	@Query("""
			select a, (select count(*) from Attendance c where fk(c.nation) = :nation)
			from Attendance a join fetch a.summit s left join fetch s.organization
			  left join fetch s.parent left join fetch a.person left join fetch a.insteadOf
			where fk(a.nation) = :nation
			order by s.startDate desc, s.name, a.id
			""")
	List<Object[]> findRepresentations(@Param("nation") Long nation, Pageable page);

	/**
	 * People who attended an organization summit and then another organization's summit
	 * starting within two weeks of the first one's end, most recent first, read from the
	 * {@code bridge} table the database keeps on every write.
	 */
	@Query(BRIDGES + " order by s1.startDate desc, p.sortName")
	List<Bridge> findBridges(Pageable limit);

	/**
	 * The bridges that include the given summit, as either of the pair: compared on the
	 * bridge's own columns ({@code fk()}), which its primary key and
	 * {@code bridge_second_summit_idx} serve; compared on the joined summits' ids the
	 * planner joined every bridge first (5 ms at seed scale, this 0.3 ms).
	 */
	@Query(BRIDGES + " where fk(b.first) = :summit or fk(b.second) = :summit order by s1.startDate desc, p.sortName")
	List<Bridge> findBridgesOf(@Param("summit") Long summit, Pageable limit);

	/**
	 * A bridge with its person, its two summits and their organizations. The
	 * organizations are left-joined although a bridge's summits always have one: with
	 * inner joins the planner expected a merge join on the organization to stop early and
	 * walked every summit by {@code summit_organization_idx} to probe the bridges (8 ms
	 * for the home page's list at seed scale); left joins keep it starting from the few
	 * bridges (1 ms).
	 */
	String BRIDGES = """
			select new org.summittracker.summit.Bridge(p.slug, p.name, s1.slug, s1.name, o1.acronym, s1.startDate,
			    s1.endDate, s2.slug, s2.name, o2.acronym, s2.startDate, s2.endDate)
			from BridgeLink b join b.person p join b.first s1 left join s1.organization o1
			  join b.second s2 left join s2.organization o2""";

	/** People sent instead of someone else, most recent first. */
	@Query("""
			select a from Attendance a join fetch a.summit s join fetch a.person join fetch a.insteadOf
			  left join fetch a.nation
			where fk(a.insteadOf) is not null
			order by s.startDate desc
			""")
	List<Attendance> findStandIns(Pageable limit);

}
