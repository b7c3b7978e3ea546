package org.summittracker.summit;

/**
 * What is known of an attendance: announced ({@link #EXPECTED}), only reported
 * ({@link #REPORTED}), or its outcome.
 */
public enum AttendanceStatus {

	EXPECTED, REPORTED, ATTENDED, ABSENT, DECLINED;

	/** Whether this status says someone stayed away. */
	public boolean isAbsence() {
		return this == ABSENT || this == DECLINED;
	}

}
