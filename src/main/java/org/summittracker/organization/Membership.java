package org.summittracker.organization;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.nation.Nation;
import org.summittracker.system.PartialDate;
import org.summittracker.system.PartialPeriod;
import org.summittracker.system.DatedRelationship;

/**
 * A nation's standing in an organization over a period (Popolo Membership, Wikidata
 * "member of" with start and end time). "Belarus becomes the 10th member" is a membership
 * that starts on the summit's second day; the member count on any date is derived from
 * these rows, never typed in.
 */
@Entity
@Audited
public class Membership extends DatedRelationship {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Nation nation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organization organization;

	@Enumerated(EnumType.STRING)
	private Standing standing;

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
		changeDates(start, end, note);
		this.nation = nation;
		this.organization = organization;
		this.standing = standing;
	}

	/**
	 * Whether this membership shares a day with the period from {@code otherStart}
	 * through {@code otherEnd}, both read as {@link PartialPeriod} does: the rule the
	 * database enforces as membership_no_overlap.
	 */
	public boolean overlaps(PartialDate otherStart, PartialDate otherEnd) {
		return period().overlaps(new PartialPeriod(otherStart, otherEnd));
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

	/**
	 * Whether this standing held on the given day, its start's first day and its end's
	 * last day included, as in the database.
	 */
	public boolean isValidOn(LocalDate day) {
		return period().includes(day);
	}

}
