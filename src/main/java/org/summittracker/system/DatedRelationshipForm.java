package org.summittracker.system;

import jakarta.validation.constraints.Size;

/**
 * What an editor types for a {@link DatedRelationship} (a membership, a tenure): its
 * period as partial dates ("2012", "2024-07", "2024-07-04"), which cannot end before it
 * starts, and a note. The record's own fields come with the form that extends this one.
 */
@EndNotBeforeStart(start = "start", end = "end")
public abstract class DatedRelationshipForm {

	public PartialDate start;

	public PartialDate end;

	@Size(max = 2000)
	public String note;

	public Long version;

}
