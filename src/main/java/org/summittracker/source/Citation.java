package org.summittracker.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.leader.Tenure;
import org.summittracker.organization.Membership;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Summit;

/**
 * A source's statement about exactly one fact (a summit, an attendance, a membership or a tenure), with what it
 * claimed at the time: the article's "will be in attendance" and a later report of the outcome are two citations
 * with different claimed statuses.
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

	protected Citation() {
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

	public String getQuote() {
		return this.quote;
	}

	/** The id of the cited fact's row, whatever its kind; lets pages group citations without touching the fact. */
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
