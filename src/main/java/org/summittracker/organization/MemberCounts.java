package org.summittracker.organization;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How many full members an organization had on two days, e.g. a summit's first and last.
 */
public record MemberCounts(long onFirstDay, long onLastDay) {

	/** The full members among {@code memberships} on the two days. */
	public static MemberCounts of(Collection<Membership> memberships, LocalDate first, LocalDate last) {
		return new MemberCounts(memberships.stream().filter((m) -> m.isValidOn(first)).count(),
				memberships.stream().filter((m) -> m.isValidOn(last)).count());
	}

	public boolean changed() {
		return this.onFirstDay != this.onLastDay;
	}

}
