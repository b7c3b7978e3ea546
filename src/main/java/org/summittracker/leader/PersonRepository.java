package org.summittracker.leader;

import java.util.List;
import java.util.Optional;

import org.summittracker.nation.Nation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends Repository<Person, Long> {

	@Query("""
			select p from Person p left join fetch p.nationality left join fetch p.otherNames
			where p.slug = :slug
			""")
	Optional<Person> findBySlug(@Param("slug") String slug);

	@Query(value = """
			select p from Person p left join fetch p.nationality n
			where (:nation = '' or n.slug = :nation)
			order by p.sortName
			""", countQuery = """
			select count(p) from Person p left join p.nationality n where (:nation = '' or n.slug = :nation)
			""")
	Page<Person> search(@Param("nation") String nation, Pageable pageable);

	/** Nations that people in the tracker come from, for the leaders filter. */
	@Query("select distinct n from Person p join p.nationality n order by n.name")
	List<Nation> findNationalities();

}
