package org.summittracker.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface OrganizationRepository extends Repository<Organization, Long> {

	Optional<Organization> findBySlug(String slug);

	List<Organization> findAllByOrderByAcronym();

}
