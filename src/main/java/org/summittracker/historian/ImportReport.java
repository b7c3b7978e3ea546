package org.summittracker.historian;

import java.util.Map;
import java.util.TreeMap;

/** What one import did, for the admin page, the log and the README's figures. */
public final class ImportReport {

	int recordsRead;

	int visitsRead;

	int tripsRead;

	int recordsNew;

	int recordsChanged;

	int recordsUnchanged;

	int recordsQueued;

	int recordsRefused;

	int meetingsCreated;

	int summitsCreated;

	int attendanceCreated;

	int attendanceLinked;

	int peopleCreated;

	int peopleLinked;

	int nationsCreated;

	int namesQueued;

	int mentionsNotReconciled;

	int correctionsKept;

	int sidelinesLinked;

	int tenuresSourced;

	long millis;

	final Map<String, Integer> refusals = new TreeMap<>();

	void refuse(String reason) {
		this.recordsRefused++;
		this.refusals.merge(reason, 1, Integer::sum);
	}

	public int getRecordsRead() {
		return this.recordsRead;
	}

	public int getVisitsRead() {
		return this.visitsRead;
	}

	public int getTripsRead() {
		return this.tripsRead;
	}

	public int getRecordsNew() {
		return this.recordsNew;
	}

	public int getRecordsChanged() {
		return this.recordsChanged;
	}

	public int getRecordsUnchanged() {
		return this.recordsUnchanged;
	}

	public int getRecordsQueued() {
		return this.recordsQueued;
	}

	public int getRecordsRefused() {
		return this.recordsRefused;
	}

	public int getMeetingsCreated() {
		return this.meetingsCreated;
	}

	public int getSummitsCreated() {
		return this.summitsCreated;
	}

	public int getAttendanceCreated() {
		return this.attendanceCreated;
	}

	public int getAttendanceLinked() {
		return this.attendanceLinked;
	}

	public int getPeopleCreated() {
		return this.peopleCreated;
	}

	public int getPeopleLinked() {
		return this.peopleLinked;
	}

	public int getNationsCreated() {
		return this.nationsCreated;
	}

	public int getNamesQueued() {
		return this.namesQueued;
	}

	public int getMentionsNotReconciled() {
		return this.mentionsNotReconciled;
	}

	public int getCorrectionsKept() {
		return this.correctionsKept;
	}

	/** Visit meetings linked as sideline meetings of the summit a twin record attends. */
	public int getSidelinesLinked() {
		return this.sidelinesLinked;
	}

	/**
	 * Secretaries of State given their sourced tenure
	 * ({@code historian/secretaries.tsv}).
	 */
	public int getTenuresSourced() {
		return this.tenuresSourced;
	}

	public long getMillis() {
		return this.millis;
	}

	public Map<String, Integer> getRefusals() {
		return this.refusals;
	}

	@Override
	public String toString() {
		return "read " + this.recordsRead + " records (" + this.visitsRead + " visits, " + this.tripsRead + " trips): "
				+ this.recordsNew + " new, " + this.recordsChanged + " changed, " + this.recordsUnchanged
				+ " unchanged, " + this.recordsQueued + " waiting for review, " + this.recordsRefused + " refused "
				+ this.refusals + "; created " + this.meetingsCreated + " meetings, " + this.summitsCreated
				+ " summits, " + this.attendanceCreated + " attendance rows, " + this.peopleCreated + " people, "
				+ this.nationsCreated + " nations; linked " + this.attendanceLinked + " existing attendance rows and "
				+ this.peopleLinked + " existing people; " + this.namesQueued + " names queued for review, "
				+ this.mentionsNotReconciled + " leaders mentioned in remarks not reconciled, " + this.correctionsKept
				+ " editors' corrections kept; " + this.sidelinesLinked
				+ " visits linked as sideline meetings of their " + "twin record's summit; " + this.tenuresSourced
				+ " Secretaries of State given their sourced tenure; " + this.millis + " ms";
	}

}
