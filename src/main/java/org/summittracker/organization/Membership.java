package org.summittracker.organization;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.summittracker.nation.Nation;
import org.summittracker.system.PartialDate;

/**
 * A nation's standing in an organization over a period (Popolo Membership, Wikidata "member of" with start and end
 * time). "Belarus becomes the 10th member" is a membership that starts on the summit's second day; the member count
 * on any date is derived from these rows, never typed in.
 */
@Entity
@Audited
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Nation nation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organization organization;

	@Enumerated(EnumType.STRING)
	private Standing standing;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "start_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
	private PartialDate start;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "end_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
	private PartialDate end;

	private String note;

	@Version
	private long version;

	protected Membership() {
	}

	public Membership(Nation nation, Organization organization, Standing standing, PartialDate start,
			PartialDate end) {
		if (start != null && end != null && end.getDate().isBefore(start.getDate())) {
			throw new IllegalArgumentException("A membership cannot end before it starts");
		}
		this.nation = nation;
		this.organization = organization;
		this.standing = standing;
		this.start = start;
		this.end = end;
	}

	public Long getId() {
		return this.id;
	}

	public Nation getNation() {
		return this.nation;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public Standing getStanding() {
		return this.standing;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public PartialDate getEnd() {
		return this.end;
	}

	public String getNote() {
		return this.note;
	}

	public long getVersion() {
		return this.version;
	}

	/** Whether this standing held on the given day (start inclusive, end exclusive, as in the database). */
	public boolean isValidOn(LocalDate day) {
		return (this.start == null || !this.start.getDate().isAfter(day))
				&& (this.end == null || this.end.getDate().isAfter(day));
	}

	public boolean isCurrent() {
		return this.end == null;
	}

}
