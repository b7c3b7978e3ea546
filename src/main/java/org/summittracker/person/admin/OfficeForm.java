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
	private String title;

	@Size(max = 120)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotNull
	private OfficeKind kind = OfficeKind.HEAD_OF_STATE;

	private Nation nation;

	private Organization organization;

	private Long version;

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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public OfficeKind getKind() {
		return this.kind;
	}

	public void setKind(OfficeKind kind) {
		this.kind = kind;
	}

	public Nation getNation() {
		return this.nation;
	}

	public void setNation(Nation nation) {
		this.nation = nation;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
