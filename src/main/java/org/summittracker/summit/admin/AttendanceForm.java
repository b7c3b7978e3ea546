package org.summittracker.summit.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.organization.Organization;
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

	private Long personId;

	@Size(max = 250)
	private String personLabel;

	private Long nationId;

	@Size(max = 200)
	private String nationLabel;

	private Organization organization;

	@NotNull
	private Capacity capacity = Capacity.HEAD_OF_STATE;

	private AttendanceStanding standing;

	@NotNull
	private AttendanceStatus status = AttendanceStatus.EXPECTED;

	private Long insteadOfId;

	@Size(max = 250)
	private String insteadOfLabel;

	@Size(max = 2000)
	private String note;

	/** The editor saw the warnings and saves anyway. */
	private boolean confirmed;

	private Long version;

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
		if (this.insteadOfLabel != null && this.insteadOfLabel.equalsIgnoreCase(this.personLabel)) {
			broken.rule("insteadOfLabel", "attendance.insteadOf.self");
		}
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getPersonLabel() {
		return this.personLabel;
	}

	public void setPersonLabel(String personLabel) {
		this.personLabel = personLabel;
	}

	public Long getNationId() {
		return this.nationId;
	}

	public void setNationId(Long nationId) {
		this.nationId = nationId;
	}

	public String getNationLabel() {
		return this.nationLabel;
	}

	public void setNationLabel(String nationLabel) {
		this.nationLabel = nationLabel;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public Capacity getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Capacity capacity) {
		this.capacity = capacity;
	}

	public AttendanceStanding getStanding() {
		return this.standing;
	}

	public void setStanding(AttendanceStanding standing) {
		this.standing = standing;
	}

	public AttendanceStatus getStatus() {
		return this.status;
	}

	public void setStatus(AttendanceStatus status) {
		this.status = status;
	}

	public Long getInsteadOfId() {
		return this.insteadOfId;
	}

	public void setInsteadOfId(Long insteadOfId) {
		this.insteadOfId = insteadOfId;
	}

	public String getInsteadOfLabel() {
		return this.insteadOfLabel;
	}

	public void setInsteadOfLabel(String insteadOfLabel) {
		this.insteadOfLabel = insteadOfLabel;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
