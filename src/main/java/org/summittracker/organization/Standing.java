package org.summittracker.organization;

/**
 * A nation's standing in an organization over a period; declared in the order pages list
 * them.
 */
public enum Standing {

	MEMBER, ACCEDING, OBSERVER, DIALOGUE_PARTNER, SUSPENDED

}
