package org.summittracker.system;

import org.springframework.data.repository.NoRepositoryBean;

/**
 * The repository of a record with a page of its own, addressed by a slug
 * ({@code /nations/turkey}): whether another record has a slug, so that a new one made
 * from a name is numbered until it is free.
 */
@NoRepositoryBean
public interface SluggedRecordRepository<T extends VersionedEntity> extends RecordRepository<T> {

	/**
	 * Whether a record other than {@code id} has the slug (0 for a record not saved yet:
	 * identities start at 1).
	 */
	boolean existsBySlugAndIdNot(String slug, Long id);

}
