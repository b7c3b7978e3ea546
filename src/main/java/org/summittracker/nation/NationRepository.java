package org.summittracker.nation;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.SluggedRecordRepository;
import org.summittracker.system.Option;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NationRepository extends SluggedRecordRepository<Nation> {

	@Query("select n from Nation n left join fetch n.otherNames where n.slug = :slug")
	Optional<Nation> findBySlug(@Param("slug") String slug);

	/** The nation with its other names, as its edit page lists them. */
	@Query("select n from Nation n left join fetch n.otherNames where n.id = :id")
	Optional<Nation> findWithOtherNamesById(@Param("id") Long id);

	List<Nation> findAllByOrderByName();

	List<Nation> findAll(Sort sort);

	/**
	 * Nations, or only those with a standing today in the organization with this slug (""
	 * for all).
	 */
	@Query(value = """
			select n from Nation n
			where (:organization = '' or exists (select 1 from Membership m
			       where m.nation = n and m.organization.slug = :organization and m.end.date is null))
			""", countQuery = """
			select count(n) from Nation n
			where (:organization = '' or exists (select 1 from Membership m
			       where m.nation = n and m.organization.slug = :organization and m.end.date is null))
			""")
	Page<Nation> search(@Param("organization") String organization, Pageable pageable);

	Optional<Nation> findById(Long id);

	@Query("select new org.summittracker.system.Option(n.id, n.name) from Nation n order by n.name")
	List<Option> findOptions();

}
