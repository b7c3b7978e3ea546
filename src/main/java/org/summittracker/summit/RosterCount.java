package org.summittracker.summit;

import java.time.LocalDate;

/**
 * How complete an organization summit's roster is: how many nations were full members of
 * the organization on some day of the summit, and for how many of them the data holds a
 * delegation row (attended, stayed away, or sent someone). A member with no row is not
 * recorded, which is not the same as absent.
 */
public record RosterCount(Long organizationId, SummitLink summit, long members, long recorded) {

	public RosterCount(Long organizationId, String slug, String name, LocalDate startDate, LocalDate endDate,
			long members, long recorded) {
		this(organizationId, new SummitLink(slug, name, startDate, endDate), members, recorded);
	}

	/** Every member on some day of the summit has a delegation row. */
	public boolean complete() {
		return this.recorded >= this.members;
	}

	/** Members on some day of the summit with no delegation row at all. */
	public long missing() {
		return Math.max(0, this.members - this.recorded);
	}

}
