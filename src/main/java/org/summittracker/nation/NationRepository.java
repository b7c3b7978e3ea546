package org.summittracker.nation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface NationRepository extends Repository<Nation, Long> {

	@Query("select n from Nation n left join fetch n.otherNames where n.slug = :slug")
	Optional<Nation> findBySlug(@Param("slug") String slug);

	List<Nation> findAllByOrderByName();

}
