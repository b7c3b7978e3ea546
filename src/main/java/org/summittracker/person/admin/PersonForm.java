package org.summittracker.person.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.summittracker.system.Slug;
import org.summittracker.system.FormBinding;
import org.summittracker.nation.Nation;
import org.summittracker.person.Person;
import org.summittracker.system.WikidataId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor types for a leader, minister or official; maps to the entity in
 * {@link PersonEditing}.
 */
public class PersonForm {

	@NotBlank
	@Size(max = 200)
	public String name;

	@NotBlank
	@Size(max = 200)
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

	static PersonForm from(Person person) {
		return FormBinding.fill(new PersonForm(), person);
	}

}
