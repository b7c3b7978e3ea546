package org.summittracker.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What every record an editor can change shares: its id (given by the database), a
 * version that grows with each saved change, and the stale-edit check against the version
 * a form was filled in from. Saving a form filled in from an older version throws
 * {@link StaleEditException}, which the form's controller answers with the conflict page.
 */
@MappedSuperclass
@Audited
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Refuses a change made on a form filled in from another version than the saved one.
	 * @param formVersion the version the form was filled in from (null when the form lost
	 * it)
	 */
	public void checkVersion(Long formVersion) {
		if (formVersion == null || formVersion != this.version) {
			throw new StaleEditException(getClass().getSimpleName() + " " + getId(),
					(formVersion != null) ? formVersion : -1, this.version);
		}
	}

}
