package org.summittracker.source.admin;

/**
 * The fact a citation states, as the citations page names it: "S. Jaishankar at SCO
 * Summit 2024", with the public page that shows it.
 *
 * @param kind summit, attendance, membership or tenure
 * @param id the fact's row
 * @param label how the fact reads
 * @param publicUrl the public page showing the fact
 */
public record CitedFact(FactKind kind, long id, String label, String publicUrl) {

	/** This fact's citations page, where citations are added, changed and removed. */
	public String adminUrl() {
		return "/admin/citations?" + this.kind.parameter() + "=" + this.id;
	}

	/** Whether a citation of this fact may carry a claimed status. */
	public boolean isAttendance() {
		return this.kind == FactKind.ATTENDANCE;
	}

}
