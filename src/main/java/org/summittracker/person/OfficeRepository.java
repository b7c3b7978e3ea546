package org.summittracker.person;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.SluggedRecordRepository;
import org.summittracker.system.Option;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OfficeRepository extends SluggedRecordRepository<Office> {

	/** An office with the nation or organization it belongs to. */
	@Query("select o from Office o left join fetch o.nation left join fetch o.organization where o.id = :id")
	Optional<Office> findById(@Param("id") Long id);

	/**
	 * Offices of one kind (or all, for null), in the order asked for, with what they
	 * belong to.
	 */
	@Query("""
			select o from Office o left join fetch o.nation n left join fetch o.organization g
			where (:kind is null or o.kind = :kind)
			""")
	List<Office> findForAdmin(@Param("kind") OfficeKind kind, Sort sort);

	/**
	 * Offices to choose from, labelled with what they belong to when the title does not
	 * say.
	 */
	@Query("""
			select new org.summittracker.system.Option(o.id,
			  o.title || coalesce(' (' || n.name || ')', ' (' || g.acronym || ')', ''))
			from Office o left join o.nation n left join o.organization g order by o.title
			""")
	List<Option> findOptions();

}
