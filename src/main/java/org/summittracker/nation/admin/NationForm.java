package org.summittracker.nation.admin;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.nation.Nation;

/**
 * What an editor types for a nation. ISO codes typed in lower case are taken in upper
 * case, as ISO 3166-1 writes them.
 */
public class NationForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	private String slug;

	@Size(max = 200)
	private String officialName;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String isoAlpha2;

	@NotBlank
	@Pattern(regexp = "[A-Z]{3}")
	private String isoAlpha3;

	private Long version;

	static NationForm from(Nation nation) {
		NationForm form = new NationForm();
		form.name = nation.getName();
		form.slug = nation.getSlug();
		form.officialName = nation.getOfficialName();
		form.isoAlpha2 = nation.getIsoAlpha2();
		form.isoAlpha3 = nation.getIsoAlpha3();
		form.version = nation.getVersion();
		return form;
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

	public String getOfficialName() {
		return this.officialName;
	}

	public void setOfficialName(String officialName) {
		this.officialName = officialName;
	}

	public String getIsoAlpha2() {
		return this.isoAlpha2;
	}

	public void setIsoAlpha2(String isoAlpha2) {
		this.isoAlpha2 = (isoAlpha2 != null) ? isoAlpha2.toUpperCase(Locale.ROOT) : null;
	}

	public String getIsoAlpha3() {
		return this.isoAlpha3;
	}

	public void setIsoAlpha3(String isoAlpha3) {
		this.isoAlpha3 = (isoAlpha3 != null) ? isoAlpha3.toUpperCase(Locale.ROOT) : null;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
