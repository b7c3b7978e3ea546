package org.summittracker.person.admin;

import java.util.List;
import java.util.Optional;

import org.summittracker.nation.NationRepository;
import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.PersonRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.References;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes people and their other names. A taken address or a
 * repeated other name is refused by the database, on the field to fix.
 */
@Service
@Transactional
class PersonEditing extends RecordEditing<Person, PersonRepository> {

	private final NationRepository nations;

	PersonEditing(PersonRepository people, NationRepository nations, References references) {
		super("person", people, references);
		this.nations = nations;
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	/** The person with their nationality and other names. */
	@Override
	protected Optional<Person> find(Long id) {
		return this.records.findWithNamesById(id);
	}

	/**
	 * Creates the person ({@code id} null) or changes them, unless someone else saved the
	 * person since the form opened.
	 */
	public Person save(Long id, PersonForm form) {
		// "Recep Tayyip Erdoğan" becomes "recep-tayyip-erdogan"
		String slug = Slugs.typedOrUnique(form.slug, () -> form.name, this.records, id);
		Person person = (id == null) ? new Person(slug, form.name, form.sortName, form.nationality)
				: current(id, form.version);
		person.update(slug, form.name, form.sortName, form.birthDate, form.nationality);
		person.identifyAs(form.wikidataId);
		return store(person);
	}

	public PersonName addName(Long personId, PersonNameForm form) {
		return get(personId).addOtherName(form.otherName, form.kind);
	}

	/** Removes one other name of the person; a name of someone else is not found. */
	public String removeName(Long personId, Long nameId) {
		Person person = get(personId);
		String removed = person.getOtherNames()
			.stream()
			.filter((n) -> n.getId().equals(nameId))
			.map(PersonName::getName)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("person_name", String.valueOf(nameId)));
		person.removeOtherName(nameId);
		return removed;
	}

}
