package org.summittracker.organization;

/**
 * How many full members an organization had on two days, e.g. a summit's first and last.
 */
public record MemberCounts(long onFirstDay, long onLastDay) {

	public boolean changed() {
		return this.onFirstDay != this.onLastDay;
	}

}
