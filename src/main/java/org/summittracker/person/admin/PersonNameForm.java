package org.summittracker.person.admin;

import jakarta.validation.constraints.NotNull;
import org.summittracker.system.Name;
import org.summittracker.person.NameKind;

/**
 * Another spelling of a person's name, added on the person's edit page. The field is
 * {@code otherName}, not {@code name}, so that its input and error do not share an id
 * with the person's own name on the same page. The sources using the name are cited
 * separately ("Cite a source" next to each name).
 */
public class PersonNameForm {

	@Name
	public String otherName;

	@NotNull
	public NameKind kind = NameKind.VARIANT;

}
