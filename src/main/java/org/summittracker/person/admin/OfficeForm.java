package org.summittracker.person.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

	@NotBlank
	@Size(max = 200)
	public String title;

	@Size(max = 120)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	public String slug;

	@NotNull
	public OfficeKind kind = OfficeKind.HEAD_OF_STATE;

	public Nation nation;

	public Organization organization;

	public Long version;

	static OfficeForm from(Office office) {
		OfficeForm form = new OfficeForm();
		form.title = office.getTitle();
		form.slug = office.getSlug();
		form.kind = office.getKind();
		form.nation = office.getNation();
		form.organization = office.getOrganization();
		form.version = office.getVersion();
		return form;
	}

}
