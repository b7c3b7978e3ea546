package org.summittracker.person.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.person.Office;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
import org.summittracker.system.EndNotBeforeStart;
import org.summittracker.system.PartialDate;

/**
 * What an editor types for a tenure: who held which office, from when to when, as
 * precisely as the sources say ("2024", "2024-07" or "2024-07-03").
 */
@EndNotBeforeStart(start = "start", end = "end")
public class TenureForm {

	@NotNull
	private Person person;

	@NotNull
	private Office office;

	@NotNull
	private PartialDate start;

	private PartialDate end;

	private boolean acting;

	@Size(max = 2000)
	private String note;

	private Long version;

	static TenureForm from(Tenure tenure) {
		TenureForm form = new TenureForm();
		form.person = tenure.getPerson();
		form.office = tenure.getOffice();
		form.start = tenure.getStart();
		form.end = tenure.getEnd();
		form.acting = tenure.isActing();
		form.note = tenure.getNote();
		form.version = tenure.getVersion();
		return form;
	}

	public Person getPerson() {
		return this.person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public Office getOffice() {
		return this.office;
	}

	public void setOffice(Office office) {
		this.office = office;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public void setStart(PartialDate start) {
		this.start = start;
	}

	public PartialDate getEnd() {
		return this.end;
	}

	public void setEnd(PartialDate end) {
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
