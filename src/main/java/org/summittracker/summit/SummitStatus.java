package org.summittracker.summit;

public enum SummitStatus {

	PLANNED, CONFIRMED, HELD, POSTPONED, CANCELLED

}
