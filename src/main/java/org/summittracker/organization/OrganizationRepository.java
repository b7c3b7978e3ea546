package org.summittracker.organization;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.Option;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganizationRepository extends Repository<Organization, Long> {

	Optional<Organization> findBySlug(String slug);

	List<Organization> findAllByOrderByAcronym();

	List<Organization> findAll(Sort sort);

	Optional<Organization> findById(Long id);

	@Query("select new org.summittracker.system.Option(o.id, o.acronym || ' – ' || o.name) from Organization o order by o.acronym")
	List<Option> findOptions();

	/**
	 * Whether an organization other than {@code id} has the slug, to choose a free one (0
	 * for one not saved yet: identities start at 1).
	 */
	boolean existsBySlugAndIdNot(String slug, Long id);

	Organization save(Organization organization);

	void delete(Organization organization);

	void flush();

}
