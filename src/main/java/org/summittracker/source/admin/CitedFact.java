package org.summittracker.source.admin;

import org.summittracker.source.CitedRecord;
import org.summittracker.source.CitedRecord.Kind;

/**
 * The record a citation states, as the citations page names it: "S. Jaishankar at SCO
 * Summit 2024", with the public page that shows it.
 *
 * @param record the record's kind and id
 * @param label how the record reads
 * @param publicUrl the public page showing the record
 */
public record CitedFact(CitedRecord record, String label, String publicUrl) {

	public Kind kind() {
		return this.record.kind();
	}

	/** This record's citations page, where citations are added, changed and removed. */
	public String adminUrl() {
		return "/admin/citations?" + this.record.parameter();
	}

	/** Whether a citation of this record may carry a claimed status. */
	public boolean isAttendance() {
		return kind().takesClaimedStatus();
	}

}
