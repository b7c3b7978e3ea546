package org.summittracker.person.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.person.Tenure;
import org.summittracker.system.EndNotBeforeStart;
import org.summittracker.system.PartialDates;

/**
 * What an editor types for a tenure: who held which office, from when to when, as
 * precisely as the sources say ("2024", "2024-07" or "2024-07-03"). Maps to the entity in
 * {@link TenureEditing}.
 */
@EndNotBeforeStart(start = "start", end = "end")
public class TenureForm {

	@NotNull
	private Long personId;

	@NotNull
	private Long officeId;

	@NotBlank
	@Pattern(regexp = PartialDates.PATTERN)
	private String start;

	@Pattern(regexp = PartialDates.PATTERN)
	private String end;

	private boolean acting;

	@Size(max = 2000)
	private String note;

	private Long version;

	static TenureForm from(Tenure tenure) {
		TenureForm form = new TenureForm();
		form.personId = tenure.getPerson().getId();
		form.officeId = tenure.getOffice().getId();
		form.start = PartialDates.format(tenure.getStart());
		form.end = PartialDates.format(tenure.getEnd());
		form.acting = tenure.isActing();
		form.note = tenure.getNote();
		form.version = tenure.getVersion();
		return form;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public void setOfficeId(Long officeId) {
		this.officeId = officeId;
	}

	public String getStart() {
		return this.start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return this.end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public boolean isActing() {
		return this.acting;
	}

	public void setActing(boolean acting) {
		this.acting = acting;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
