package org.summittracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Citations for the facts a page shows, fetched with their sources in one statement. Pass
 * an empty collection for a kind of fact the page does not show.
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

	@Query("select c from Citation c join fetch c.source where c.id = :id")
	Optional<Citation> findById(@Param("id") Long id);

	Citation save(Citation citation);

	void delete(Citation citation);

	/**
	 * How many citations name each of these sources; sources no citation names are left
	 * out.
	 */
	@Query("""
			select new org.summittracker.source.SourceUse(c.source.id, count(c))
			from Citation c where c.source.id in :sources group by c.source.id
			""")
	List<SourceUse> countBySource(@Param("sources") Collection<Long> sources);

}
