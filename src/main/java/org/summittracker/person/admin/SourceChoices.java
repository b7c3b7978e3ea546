package org.summittracker.person.admin;

import java.util.List;
import java.util.Optional;

import org.summittracker.source.Source;
import org.summittracker.system.Option;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The sources an other name can cite: read-only, just what the person form needs. */
interface SourceChoices extends Repository<Source, Long> {

	Optional<Source> findById(Long id);

	@Query("""
			select new org.summittracker.system.Option(s.id, s.title || coalesce(' — ' || s.publisher, ''))
			from Source s order by s.title
			""")
	List<Option> findOptions();

}
