package org.summittracker.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.summittracker.system.RecordRepository;
import org.summittracker.system.Option;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Sources, newest first: the one an editor just recorded is the one they look for next.
 */
public interface SourceRepository extends RecordRepository<Source> {

	Optional<Source> findById(Long id);

	/** The publication date (first day of its period) of the latest dated source. */
	@Query("select max(s.published.date) from Source s")
	LocalDate findLatestPublished();

	/**
	 * Sources whose title or publisher contains the text, newest first.
	 * @param pattern a lower-case LIKE pattern with {@code \} escaping, e.g.
	 * {@code %fox news%}
	 */
	@Query(value = """
			select s from Source s
			where lower(s.title) like :pattern escape '\\' or lower(s.publisher) like :pattern escape '\\'
			order by s.id desc
			""", countQuery = """
			select count(s) from Source s
			where lower(s.title) like :pattern escape '\\' or lower(s.publisher) like :pattern escape '\\'
			""")
	Page<Source> search(@Param("pattern") String pattern, Pageable pageable);

	/** Every source as a form offers it, "Title — Publisher", newest first. */
	@Query("select new org.summittracker.system.Option(s.id, concat(s.title, ' — ', s.publisher)) from Source s order by s.id desc")
	List<Option> findOptions();

}
