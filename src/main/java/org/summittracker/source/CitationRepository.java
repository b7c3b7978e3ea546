package org.summittracker.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Citations for the facts a page shows, fetched with their sources in one statement. Pass an empty collection for
 * a kind of fact the page does not show.
 */
public interface CitationRepository extends Repository<Citation, Long> {

	@Query("""
			select c from Citation c join fetch c.source
			where c.summit.id in :summits or c.attendance.id in :attendances
			   or c.membership.id in :memberships or c.tenure.id in :tenures
			order by c.id
			""")
	List<Citation> findFor(@Param("summits") Collection<Long> summits,
			@Param("attendances") Collection<Long> attendances, @Param("memberships") Collection<Long> memberships,
			@Param("tenures") Collection<Long> tenures);

}
