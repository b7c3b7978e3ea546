package org.summittracker.system;

import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * What every repository of an editable record offers its editing service: read one by id,
 * save, delete, and flush so that a violated constraint is reported by the call that made
 * it. A repository may redeclare {@link #findById} with a query fetching what its forms
 * show.
 */
@NoRepositoryBean
public interface RecordRepository<T extends VersionedEntity> extends Repository<T, Long> {

	Optional<T> findById(Long id);

	T save(T record);

	void delete(T record);

	void flush();

}
