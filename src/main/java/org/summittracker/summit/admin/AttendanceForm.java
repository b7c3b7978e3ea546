package org.summittracker.summit.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.organization.Organization;
import org.summittracker.person.Office;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.system.FormRules;

/**
 * One attendance row as an editor types it: who (picked by name), representing which
 * nation or organization, in what capacity and standing, what is known, and whom they
 * were sent instead of. The pickers post a name and, chosen from the list, an id;
 * {@link AttendanceEditing#resolve} finds whom a name means.
 */
@FormRules
public class AttendanceForm implements FormRules.Form {

	public Long personId;

	@Size(max = 250)
	public String personLabel;

	public Long nationId;

	@Size(max = 200)
	public String nationLabel;

	public Organization organization;

	@NotNull
	public Capacity capacity = Capacity.HEAD_OF_STATE;

	public AttendanceStanding standing;

	@NotNull
	public AttendanceStatus status = AttendanceStatus.EXPECTED;

	public Long insteadOfId;

	@Size(max = 250)
	public String insteadOfLabel;

	/**
	 * The office the person held on the day ("Minister of External Affairs of India").
	 */
	public Office office;

	@Size(max = 2000)
	public String note;

	/** The editor saw the warnings and saves anyway. */
	public boolean confirmed;

	public Long version;

	static AttendanceForm from(Attendance attendance) {
		AttendanceForm form = new AttendanceForm();
		if (attendance.getPerson() != null) {
			form.personId = attendance.getPerson().getId();
		}
		form.nationId = (attendance.getNation() != null) ? attendance.getNation().getId() : null;
		form.organization = attendance.getOrganization();
		form.capacity = attendance.getCapacity();
		form.standing = attendance.getStanding();
		form.status = attendance.getStatus();
		form.insteadOfId = (attendance.getInsteadOf() != null) ? attendance.getInsteadOf().getId() : null;
		form.office = attendance.getOffice();
		form.note = attendance.getNote();
		form.version = attendance.getVersion();
		return form;
	}

	/**
	 * Someone is named (a person, or the nation or organization represented); a nation or
	 * an organization, not both; nobody is sent instead of themselves.
	 */
	@Override
	public void check(FormRules.Broken broken) {
		if (this.personLabel == null && this.nationLabel == null && this.organization == null) {
			broken.rule("personLabel", "attendance.someone.required");
		}
		if (this.nationLabel != null && this.organization != null) {
			broken.rule("organization", "attendance.represents.one");
		}
		if (this.office != null && this.personLabel == null) {
			broken.rule("office", "attendance.office.needsPerson");
		}
		if (this.insteadOfLabel != null && this.insteadOfLabel.equalsIgnoreCase(this.personLabel)) {
			broken.rule("insteadOfLabel", "attendance.insteadOf.self");
		}
	}

}
