package org.summittracker.nation.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.system.Slug;
import org.summittracker.nation.Nation;
import org.summittracker.system.WikidataId;

/**
 * What an editor types for a nation. ISO codes typed in lower case are taken in upper
 * case, as ISO 3166-1 writes them (see the controller's binder).
 */
public class NationForm {

	@NotBlank
	@Size(max = 120)
	public String name;

	@Slug(max = 80)
	public String slug;

	@Size(max = 200)
	public String officialName;

	/** Empty for a state with no ISO 3166-1 code (a historical one). */
	@Pattern(regexp = "[A-Z]{2}")
	public String isoAlpha2;

	@Pattern(regexp = "[A-Z]{3}")
	public String isoAlpha3;

	/** The ISO 3166-1 numeric code, three digits such as 792; blank for none. */
	@Pattern(regexp = "[0-9]{3}")
	public String isoNumeric;

	/** The Wikidata item, such as Q43 (Turkey); blank for none. */
	@WikidataId
	public String wikidataId;

	public Long version;

}
