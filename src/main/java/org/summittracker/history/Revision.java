package org.summittracker.history;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change: who made it and when; the audit tables hold what it changed. */
@Entity
@RevisionEntity(RevisionUserListener.class)
public class Revision {

	/** Authors of revisions that no one signed in for. */
	static final Set<String> NOT_AN_ACCOUNT = Set.of("seed", "system");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long timestamp;

	private String username;

	/** The account's public name, read with the revision (never its sign-in name). */
	@Formula("(select a.display_name from account a where a.username = username)")
	private String displayName;

	@ElementCollection(fetch = FetchType.LAZY)
	@JoinTable(name = "revision_entity", joinColumns = @JoinColumn(name = "revision_id"))
	@Column(name = "entity_name")
	@ModifiedEntityNames
	private Set<String> modifiedEntityNames = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public Instant getInstant() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	public String getUsername() {
		return this.username;
	}

	/**
	 * Whom readers see as the author: the account's public name; the seed and the system
	 * as such; null when no account has the username any more.
	 */
	public String getAuthor() {
		if (this.displayName != null) {
			return this.displayName;
		}
		return (NOT_AN_ACCOUNT.contains(this.username)) ? this.username : null;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
