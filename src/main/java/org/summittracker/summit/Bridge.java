package org.summittracker.summit;

import java.time.LocalDate;

/**
 * A person who attended summits of two different organizations within a short span:
 * "Erdoğan, the only world leader at both the SCO and the NATO summit".
 */
public record Bridge(String personSlug, String personName, String firstSlug, String firstName, String firstOrganization,
		LocalDate firstStart, LocalDate firstEnd, String secondSlug, String secondName, String secondOrganization,
		LocalDate secondStart, LocalDate secondEnd) {

	/** Identifies the pair of summits, whoever attended both. */
	public String pairKey() {
		return this.firstSlug + " " + this.secondSlug;
	}

}
