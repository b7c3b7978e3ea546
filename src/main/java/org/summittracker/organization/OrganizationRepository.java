package org.summittracker.organization;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.SluggedRecordRepository;
import org.summittracker.system.Option;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends SluggedRecordRepository<Organization> {

	Optional<Organization> findBySlug(String slug);

	List<Organization> findAllByOrderByAcronym();

	List<Organization> findAll(Sort sort);

	Optional<Organization> findById(Long id);

	@Query("select new org.summittracker.system.Option(o.id, o.acronym || ' – ' || o.name) from Organization o order by o.acronym")
	List<Option> findOptions();

}
