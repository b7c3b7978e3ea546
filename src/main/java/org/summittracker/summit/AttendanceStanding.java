package org.summittracker.summit;

/**
 * The standing of the represented nation (or organization) at that summit; declared in
 * the order the summit page groups its attendance table.
 */
public enum AttendanceStanding {

	MEMBER, ACCEDING, DIALOGUE_PARTNER, OBSERVER, GUEST, ORGANIZATION

}
