package org.summittracker.person.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;

/**
 * What an editor types for an office; maps to the entity in {@link OfficeEditing}. An
 * office belongs to exactly one nation or one organization, checked there.
 */
public class OfficeForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 120)
	@Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotNull
	private OfficeKind kind = OfficeKind.HEAD_OF_STATE;

	private Long nationId;

	private Long organizationId;

	private Long version;

	static OfficeForm from(Office office) {
		OfficeForm form = new OfficeForm();
		form.title = office.getTitle();
		form.slug = office.getSlug();
		form.kind = office.getKind();
		form.nationId = (office.getNation() != null) ? office.getNation().getId() : null;
		form.organizationId = (office.getOrganization() != null) ? office.getOrganization().getId() : null;
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

	public Long getNationId() {
		return this.nationId;
	}

	public void setNationId(Long nationId) {
		this.nationId = nationId;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
