package org.summittracker.person.admin;

import jakarta.validation.constraints.NotNull;
import org.summittracker.system.Name;
import org.summittracker.system.Slug;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.system.ExactlyOneOf;

/**
 * What an editor types for an office, which belongs to exactly one nation or one
 * organization.
 */
@ExactlyOneOf({ "nation", "organization" })
public class OfficeForm {

	@Name
	public String title;

	@Slug(max = 120)
	public String slug;

	@NotNull
	public OfficeKind kind = OfficeKind.HEAD_OF_STATE;

	public Nation nation;

	public Organization organization;

	public Long version;

}
