package org.summittracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.system.RecordRepository;
import org.summittracker.source.CitedRecord.Kind;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Citations for the records a page shows, fetched with their sources in one statement.
 */
public interface CitationRepository extends RecordRepository<Citation> {

	/**
	 * The citations of these records, oldest first, in one statement.
	 * @param records the ids of the records of each kind the page shows; a kind left out
	 * has no citations to show
	 */
	default List<Citation> findFor(Map<Kind, ? extends Collection<Long>> records) {
		return findFor(ids(records, Kind.NATION), ids(records, Kind.NATION_NAME), ids(records, Kind.ORGANIZATION),
				ids(records, Kind.OFFICE), ids(records, Kind.PERSON), ids(records, Kind.PERSON_NAME),
				ids(records, Kind.MEMBERSHIP), ids(records, Kind.TENURE), ids(records, Kind.SUMMIT),
				ids(records, Kind.ATTENDANCE));
	}

	/** The citations of one record, oldest first. */
	default List<Citation> findFor(CitedRecord record) {
		return findFor(Map.of(record.kind(), List.of(record.id())));
	}

	@Query("""
			select c from Citation c join fetch c.source
			where any_of(c.nationId, :nations) or any_of(c.nationNameId, :nationNames)
			   or any_of(c.organizationId, :organizations) or any_of(c.officeId, :offices)
			   or any_of(c.personId, :people) or any_of(c.personNameId, :personNames)
			   or any_of(c.membershipId, :memberships) or any_of(c.tenureId, :tenures)
			   or any_of(c.summitId, :summits) or any_of(c.attendanceId, :attendances)
			order by c.id
			""")
	List<Citation> findFor(@Param("nations") Long[] nations, @Param("nationNames") Long[] nationNames,
			@Param("organizations") Long[] organizations, @Param("offices") Long[] offices,
			@Param("people") Long[] people, @Param("personNames") Long[] personNames,
			@Param("memberships") Long[] memberships, @Param("tenures") Long[] tenures,
			@Param("summits") Long[] summits, @Param("attendances") Long[] attendances);

	@Query("select c from Citation c join fetch c.source where c.id = :id")
	Optional<Citation> findById(@Param("id") Long id);

	/**
	 * How many citations name each of these sources; sources no citation names are left
	 * out.
	 */
	@Query("""
			select new org.summittracker.source.SourceUse(c.source.id, count(c))
			from Citation c where c.source.id in :sources group by c.source.id
			""")
	List<SourceUse> countBySource(@Param("sources") Collection<Long> sources);

	/**
	 * The ids of some records, or a list no row matches when there are none (an empty IN
	 * list is not portable).
	 */
	private static Long[] ids(Map<Kind, ? extends Collection<Long>> records, Kind kind) {
		Collection<Long> ids = records.get(kind);
		return (ids == null) ? new Long[0] : ids.toArray(Long[]::new);
	}

}
