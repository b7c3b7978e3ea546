package org.summittracker.person.admin;

import jakarta.validation.constraints.NotNull;
import org.summittracker.person.Office;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
import org.summittracker.system.DatedRelationshipForm;
import org.summittracker.system.PartialDate;

/**
 * What an editor types for a tenure: who held which office, from when to when, as
 * precisely as the sources say ("2024", "2024-07" or "2024-07-03").
 */
public class TenureForm extends DatedRelationshipForm {

	@NotNull
	public Person person;

	@NotNull
	public Office office;

	public boolean acting;

	/** A tenure starts on a date the sources give; a membership may start open. */
	@NotNull
	public PartialDate getStart() {
		return this.start;
	}

}
