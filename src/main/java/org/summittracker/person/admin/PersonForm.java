package org.summittracker.person.admin;

import java.time.LocalDate;

import org.summittracker.system.Name;
import org.summittracker.system.Slug;
import org.summittracker.nation.Nation;
import org.summittracker.person.Person;

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

	public Long version;

}
