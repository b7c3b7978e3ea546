package org.summittracker.organization.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.system.Name;
import org.summittracker.system.Slug;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.system.PartialDate;
import org.summittracker.system.WikidataId;

/** What an editor types for an organization. */
public class OrganizationForm {

	@NotBlank
	@Size(max = 20)
	public String acronym;

	@Name
	public String name;

	@Slug(max = 80)
	public String slug;

	@NotNull
	public OrganizationKind kind;

	/** "2001", "2001-06" or "2001-06-15". */
	public PartialDate founded;

	@Size(max = 4000)
	public String description;

	/** The Wikidata item, such as Q7184 (NATO); blank for none. */
	@WikidataId
	public String wikidataId;

	public Long version;

}
