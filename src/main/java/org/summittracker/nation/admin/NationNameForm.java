package org.summittracker.nation.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Another name for a nation, added from the nation's edit page. The fields are named
 * apart from the nation form's, which shares the page.
 */
public class NationNameForm {

	@NotBlank
	@Size(max = 200)
	public String otherName;

	@Size(max = 2000)
	public String otherNameNote;

}
