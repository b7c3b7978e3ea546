package org.summittracker.organization.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.system.PartialDate;

/** What an editor types for an organization. */
public class OrganizationForm {

	@NotBlank
	@Size(max = 20)
	private String acronym;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	private String slug;

	@NotNull
	private OrganizationKind kind;

	/** "2001", "2001-06" or "2001-06-15". */
	private PartialDate founded;

	@Size(max = 4000)
	private String description;

	private Long version;

	static OrganizationForm from(Organization organization) {
		OrganizationForm form = new OrganizationForm();
		form.acronym = organization.getAcronym();
		form.name = organization.getName();
		form.slug = organization.getSlug();
		form.kind = organization.getKind();
		form.founded = organization.getFounded();
		form.description = organization.getDescription();
		form.version = organization.getVersion();
		return form;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public PartialDate getFounded() {
		return this.founded;
	}

	public void setFounded(PartialDate founded) {
		this.founded = founded;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
