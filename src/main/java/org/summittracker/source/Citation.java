package org.summittracker.source;

import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.summittracker.person.Tenure;
import org.summittracker.organization.Membership;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Summit;

/**
 * A source's statement about exactly one fact (a summit, an attendance, a membership or a
 * tenure), with what it claimed at the time: the article's "will be in attendance" and a
 * later report of the outcome are two citations with different claimed statuses.
 */
@Entity
@Audited
public class Citation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	private Summit summit;

	@ManyToOne(fetch = FetchType.LAZY)
	private Attendance attendance;

	@ManyToOne(fetch = FetchType.LAZY)
	private Membership membership;

	@ManyToOne(fetch = FetchType.LAZY)
	private Tenure tenure;

	@Enumerated(EnumType.STRING)
	private AttendanceStatus claimedStatus;

	private String quote;

	@Version
	private long version;

	protected Citation() {
	}

	private Citation(Source source, Summit summit, Attendance attendance, Membership membership, Tenure tenure) {
		if (source == null) {
			throw new IllegalArgumentException("A citation names its source");
		}
		if (Stream.of(summit, attendance, membership, tenure).filter(Objects::nonNull).count() != 1) {
			throw new IllegalArgumentException("A citation cites exactly one fact");
		}
		this.source = source;
		this.summit = summit;
		this.attendance = attendance;
		this.membership = membership;
		this.tenure = tenure;
	}

	/** A source stating that a summit or meeting takes (or took) place as recorded. */
	public static Citation ofSummit(Source source, Summit summit, String quote) {
		Citation citation = new Citation(source, summit, null, null, null);
		citation.update(source, null, quote);
		return citation;
	}

	/**
	 * A source stating an attendance, with what it claimed: expected, reported, attended,
	 * absent, declined.
	 */
	public static Citation ofAttendance(Source source, Attendance attendance, AttendanceStatus claimedStatus,
			String quote) {
		Citation citation = new Citation(source, null, attendance, null, null);
		citation.update(source, claimedStatus, quote);
		return citation;
	}

	/** A source stating a nation's standing in an organization. */
	public static Citation ofMembership(Source source, Membership membership, String quote) {
		Citation citation = new Citation(source, null, null, membership, null);
		citation.update(source, null, quote);
		return citation;
	}

	/** A source stating that a person held an office. */
	public static Citation ofTenure(Source source, Tenure tenure, String quote) {
		Citation citation = new Citation(source, null, null, null, tenure);
		citation.update(source, null, quote);
		return citation;
	}

	/**
	 * Changes the source, the claimed status and the quote; the cited fact stays. Only an
	 * attendance carries a claimed status: a summit, membership or tenure is stated, not
	 * expected or reported.
	 */
	public void update(Source source, AttendanceStatus claimedStatus, String quote) {
		if (source == null) {
			throw new IllegalArgumentException("A citation names its source");
		}
		if (claimedStatus != null && !citesAttendance()) {
			throw new IllegalArgumentException("Only an attendance citation carries a claimed status");
		}
		this.source = source;
		this.claimedStatus = claimedStatus;
		this.quote = quote;
	}

	/**
	 * Whether the cited fact is an attendance, the only kind a claimed status applies to.
	 */
	public boolean citesAttendance() {
		return this.attendance != null;
	}

	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public AttendanceStatus getClaimedStatus() {
		return this.claimedStatus;
	}

	public long getVersion() {
		return this.version;
	}

	public String getQuote() {
		return this.quote;
	}

	public Summit getSummit() {
		return this.summit;
	}

	public Attendance getAttendance() {
		return this.attendance;
	}

	public Membership getMembership() {
		return this.membership;
	}

	public Tenure getTenure() {
		return this.tenure;
	}

	/**
	 * The id of the cited fact's row, whatever its kind; lets pages group citations
	 * without touching the fact.
	 */
	public Long getSummitId() {
		return (this.summit != null) ? this.summit.getId() : null;
	}

	public Long getAttendanceId() {
		return (this.attendance != null) ? this.attendance.getId() : null;
	}

	public Long getMembershipId() {
		return (this.membership != null) ? this.membership.getId() : null;
	}

	public Long getTenureId() {
		return (this.tenure != null) ? this.tenure.getId() : null;
	}

}
