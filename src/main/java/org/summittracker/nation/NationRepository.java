package org.summittracker.nation;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.Option;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface NationRepository extends Repository<Nation, Long> {

	@Query("select n from Nation n left join fetch n.otherNames where n.slug = :slug")
	Optional<Nation> findBySlug(@Param("slug") String slug);

	List<Nation> findAllByOrderByName();

	Optional<Nation> findById(Long id);

	@Query("select new org.summittracker.system.Option(n.id, n.name) from Nation n order by n.name")
	List<Option> findOptions();

}
