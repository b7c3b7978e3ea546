package org.summittracker.map;

import java.util.List;

import org.summittracker.summit.Summit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The summits the map shows, each with what its marker and table row need: the newest of
 * the selection with a place and the newest without one, a bounded number of each (a
 * page, never all), and how many there are in all.
 */
interface MapRepository extends Repository<Summit, Long> {

	String FROM = """
			from Summit s
			  left join fetch s.organization o left join fetch s.hostNation left join s.parent p
			  left join p.organization po
			""";

	/**
	 * The map's filters: an organization's summits and the meetings on their sidelines; a
	 * year.
	 */
	String FILTER = """
			where (:organization = '' or o.slug = :organization or po.slug = :organization)
			  and (:year = 0 or s.startDate >= function('make_date', greatest(:year, 1), 1, 1)
			    and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1))
			""";

	/** Summits and meetings with a place, newest first, with what their markers show. */
	@Query("select s " + FROM + FILTER + """
			  and s.latitude is not null and s.longitude is not null
			order by s.startDate desc, s.name desc
			""")
	List<Summit> findPlaced(@Param("organization") String organization, @Param("year") int year, Pageable newest);

	/** Summits and meetings without a place yet, newest first. */
	@Query("select s " + FROM + FILTER + """
			  and (s.latitude is null or s.longitude is null)
			order by s.startDate desc, s.name desc
			""")
	List<Summit> findUnplaced(@Param("organization") String organization, @Param("year") int year, Pageable newest);

	/** How many summits of the selection have a place, and how many in all. */
	@Query("""
			select new org.summittracker.map.MapCounts(
			  count(case when s.latitude is not null and s.longitude is not null then 1 end), count(s))
			from Summit s left join s.organization o left join s.parent p left join p.organization po
			""" + FILTER)
	MapCounts count(@Param("organization") String organization, @Param("year") int year);

}
