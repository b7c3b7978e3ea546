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
	public Person person;

	@NotNull
	public Office office;

	@NotNull
	public PartialDate start;

	public PartialDate end;

	public boolean acting;

	@Size(max = 2000)
	public String note;

	public Long version;

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

}
