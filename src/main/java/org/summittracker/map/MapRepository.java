package org.summittracker.map;

import java.util.List;

import org.summittracker.summit.Summit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The summits the map shows, each with what its marker and table row need, in one
 * statement.
 */
interface MapRepository extends Repository<Summit, Long> {

	/**
	 * Summits and meetings, oldest first (so newer markers lie on top), with their
	 * organization, host nation and parent summit. An organization's filter includes the
	 * meetings on the sidelines of its summits.
	 */
	@Query("""
			select s from Summit s
			  left join fetch s.organization o left join fetch s.hostNation left join fetch s.parent p
			  left join p.organization po
			where (:organization = '' or o.slug = :organization or po.slug = :organization)
			  and (:year = 0 or s.startDate >= function('make_date', greatest(:year, 1), 1, 1)
			    and s.startDate < function('make_date', greatest(:year, 1) + 1, 1, 1))
			order by s.startDate, s.name
			""")
	List<Summit> findForMap(@Param("organization") String organization, @Param("year") int year);

}
