package org.summittracker.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.system.VersionedEntity;

/**
 * A source's statement about exactly one record (a nation, an other name, an
 * organization, an office, a person, a membership, a tenure, a summit or an attendance),
 * with what it claimed at the time, and which revision of the source was read or when:
 * the article's "will be in attendance" and a later report of the outcome are two
 * citations with different claimed statuses. The record is held by id, one column per
 * kind, exactly one set (the database's {@code citation_cites_one_fact}).
 */
@Entity
@Audited
public class Citation extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private Long nationId;

	private Long nationNameId;

	private Long organizationId;

	private Long officeId;

	private Long personId;

	private Long personNameId;

	private Long membershipId;

	private Long tenureId;

	private Long summitId;

	private Long attendanceId;

	@Enumerated(EnumType.STRING)
	private AttendanceStatus claimedStatus;

	private String quote;

	private LocalDate accessed;

	private String sourceRevision;

	protected Citation() {
	}

	/** A source stating one record; {@link #update} says what it claimed and where. */
	public Citation(Source source, CitedRecord cited) {
		switch (cited.kind()) {
			case NATION -> this.nationId = cited.id();
			case NATION_NAME -> this.nationNameId = cited.id();
			case ORGANIZATION -> this.organizationId = cited.id();
			case OFFICE -> this.officeId = cited.id();
			case PERSON -> this.personId = cited.id();
			case PERSON_NAME -> this.personNameId = cited.id();
			case MEMBERSHIP -> this.membershipId = cited.id();
			case TENURE -> this.tenureId = cited.id();
			case SUMMIT -> this.summitId = cited.id();
			case ATTENDANCE -> this.attendanceId = cited.id();
		}
		update(source, null, null, null, null);
	}

	/**
	 * Changes the source, the claimed status, the quote, the access date and the source
	 * revision; the cited record stays. Only an attendance carries a claimed status: the
	 * rest is stated, not expected or reported.
	 */
	public void update(Source source, AttendanceStatus claimedStatus, String quote, LocalDate accessed,
			String sourceRevision) {
		if (source == null) {
			throw new IllegalArgumentException("A citation names its source");
		}
		if (claimedStatus != null && !getCited().kind().takesClaimedStatus()) {
			throw new IllegalArgumentException("Only an attendance citation carries a claimed status");
		}
		this.source = source;
		this.claimedStatus = claimedStatus;
		this.quote = quote;
		this.accessed = accessed;
		this.sourceRevision = sourceRevision;
	}

	/** The record the citation states. */
	public CitedRecord getCited() {
		Long[] ids = { this.nationId, this.nationNameId, this.organizationId, this.officeId, this.personId,
				this.personNameId, this.membershipId, this.tenureId, this.summitId, this.attendanceId };
		for (Kind kind : Kind.values()) {
			if (ids[kind.ordinal()] != null) {
				return new CitedRecord(kind, ids[kind.ordinal()]);
			}
		}
		throw new IllegalStateException("Citation " + getId() + " states no record");
	}

	public Source getSource() {
		return this.source;
	}

	public AttendanceStatus getClaimedStatus() {
		return this.claimedStatus;
	}

	public String getQuote() {
		return this.quote;
	}

	/**
	 * The day the source was read, for a page that changes (a wiki, an official site).
	 */
	public LocalDate getAccessed() {
		return this.accessed;
	}

	/** The revision of the source used: a page revision id, a dataset commit. */
	public String getSourceRevision() {
		return this.sourceRevision;
	}

}
