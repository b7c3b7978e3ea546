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
import org.hibernate.envers.Audited;
import org.summittracker.nation.Nation;
import org.summittracker.system.PartialDate;
import org.summittracker.system.VersionedEntity;

/**
 * A nation's standing in an organization over a period (Popolo Membership, Wikidata
 * "member of" with start and end time). "Belarus becomes the 10th member" is a membership
 * that starts on the summit's second day; the member count on any date is derived from
 * these rows, never typed in.
 */
@Entity
@Audited
public class Membership extends VersionedEntity {

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

	protected Membership() {
	}

	public Membership(Nation nation, Organization organization, Standing standing, PartialDate start, PartialDate end) {
		update(nation, organization, standing, start, end, null);
	}

	/** Changes what an editor may change; a membership cannot end before it starts. */
	public void update(Nation nation, Organization organization, Standing standing, PartialDate start, PartialDate end,
			String note) {
		if (nation == null || organization == null || standing == null) {
			throw new IllegalArgumentException("A membership names a nation, an organization and a standing");
		}
		if (start != null && end != null && end.getDate().isBefore(start.getDate())) {
			throw new IllegalArgumentException("A membership cannot end before it starts");
		}
		this.nation = nation;
		this.organization = organization;
		this.standing = standing;
		this.start = start;
		this.end = end;
		this.note = note;
	}

	/**
	 * Whether this membership shares a day with the period from {@code otherStart}
	 * (inclusive) to {@code otherEnd} (exclusive), an open end reaching indefinitely: the
	 * rule the database enforces as membership_no_overlap, where a period that ends the
	 * day it starts holds no day at all.
	 */
	public boolean overlaps(PartialDate otherStart, PartialDate otherEnd) {
		LocalDate from = (this.start != null) ? this.start.getDate() : null;
		LocalDate to = (this.end != null) ? this.end.getDate() : null;
		LocalDate otherFrom = (otherStart != null) ? otherStart.getDate() : null;
		LocalDate otherTo = (otherEnd != null) ? otherEnd.getDate() : null;
		if (isEmpty(from, to) || isEmpty(otherFrom, otherTo)) {
			return false;
		}
		return (from == null || otherTo == null || from.isBefore(otherTo))
				&& (otherFrom == null || to == null || otherFrom.isBefore(to));
	}

	private static boolean isEmpty(LocalDate from, LocalDate to) {
		return from != null && to != null && !from.isBefore(to);
	}

	@Override
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

	/**
	 * Whether this standing held on the given day (start inclusive, end exclusive, as in
	 * the database).
	 */
	public boolean isValidOn(LocalDate day) {
		return (this.start == null || !this.start.getDate().isAfter(day))
				&& (this.end == null || this.end.getDate().isAfter(day));
	}

	public boolean isCurrent() {
		return this.end == null;
	}

}
