package org.summittracker.person.admin;

import java.time.LocalDate;

import org.summittracker.system.Name;
import org.summittracker.system.Slug;
import org.summittracker.nation.Nation;
import org.summittracker.person.Person;
import org.summittracker.system.WikidataId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor types for a leader, minister or official; maps to the entity in
 * {@link PersonEditing}.
 */
public class PersonForm {

	@Name
	public String name;

	@Name
	public String sortName;

	@Slug(max = 80)
	public String slug;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate birthDate;

	public Nation nationality;

	/** The Wikidata item, such as Q7747 (Vladimir Putin); blank for none. */
	@WikidataId
	public String wikidataId;

	public Long version;

}
