package org.summittracker.system;

import java.util.List;
import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

/**
 * What every record's editing service shares: the record by id or the 404 page, what
 * refers to it before a delete, the stale-edit check before a change, and saves and
 * deletes flushed at once, so that a violated database constraint (a taken name, an
 * overlapping period, a record still referred to) is reported by the call that made it.
 * The service itself says how a form becomes its record.
 *
 * @param <T> the record
 * @param <R> its repository, which the service also reads with its own queries
 */
@Transactional
public abstract class RecordEditing<T extends VersionedEntity, R extends RecordRepository<T>> {

	/** The record's repository. */
	protected final R records;

	private final String table;

	private final References references;

	/**
	 * @param table the table of the record, which names it on the 404 page and in
	 * {@link References}
	 */
	protected RecordEditing(String table, R records, References references) {
		this.table = table;
		this.records = records;
		this.references = references;
	}

	/** The record, or the 404 page when there is no such record. */
	@Transactional(readOnly = true)
	public T get(Long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException(this.table, String.valueOf(id)));
	}

	/** What refers to the record: what blocks its delete and what goes with it. */
	@Transactional(readOnly = true)
	public List<References.Reference> references(Long id) {
		return this.references.to(this.table, id);
	}

	/** Deletes the record; the database refuses while other records refer to it. */
	public void delete(Long id) {
		this.records.delete(get(id));
		this.records.flush();
	}

	/**
	 * How {@link #get} reads the record; a service whose forms show more of it fetches
	 * that with it.
	 */
	protected Optional<T> find(Long id) {
		return this.records.findById(id);
	}

	/**
	 * The saved record a form changes, unless the form was filled in from another version
	 * ({@link StaleEditException}).
	 */
	protected T current(Long id, Long formVersion) {
		T record = get(id);
		record.checkVersion(formVersion);
		return record;
	}

	/** Saves the record and flushes it, so the database's constraints answer now. */
	protected T store(T record) {
		T saved = this.records.save(record);
		this.records.flush();
		return saved;
	}

}
