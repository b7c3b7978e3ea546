package org.summittracker.insight;

import java.util.Collection;
import java.util.List;

import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Attendance rows of several summits at once, with everyone they name. */
interface InsightAttendances extends Repository<Attendance, Long> {

	@Query("""
			select a from Attendance a join fetch a.summit s left join fetch a.person p
			  left join fetch p.nationality left join fetch a.nation left join fetch a.organization
			  left join fetch a.insteadOf
			where s in :summits
			""")
	List<Attendance> findAt(@Param("summits") Collection<Summit> summits);

}
