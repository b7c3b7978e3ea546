package org.summittracker.nation.admin;

import jakarta.validation.constraints.Size;

import org.summittracker.system.Name;

/**
 * Another name for a nation, added from the nation's edit page. The fields are named
 * apart from the nation form's, which shares the page.
 */
public class NationNameForm {

	@Name
	public String otherName;

	@Size(max = 2000)
	public String otherNameNote;

}
