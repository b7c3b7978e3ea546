package org.summittracker.person.admin;

import java.util.List;

import org.summittracker.nation.NationRepository;
import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.PersonRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes people and their other names. A taken address or a
 * repeated other name is refused by the database, on the field to fix.
 */
@Service
@Transactional
class PersonEditing {

	private final PersonRepository people;

	private final NationRepository nations;

	PersonEditing(PersonRepository people, NationRepository nations) {
		this.people = people;
		this.nations = nations;
	}

	@Transactional(readOnly = true)
	public Person get(Long id) {
		return this.people.findById(id).orElseThrow(() -> new RecordNotFoundException("person", String.valueOf(id)));
	}

	/** The person with their other names, for the edit page. */
	@Transactional(readOnly = true)
	public Person getWithNames(Long id) {
		return this.people.findWithNamesById(id)
			.orElseThrow(() -> new RecordNotFoundException("person", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public PersonForm formFor(Long id) {
		return PersonForm.from(getWithNames(id));
	}

	public Person create(PersonForm form) {
		Person person = new Person(slugFor(form, null), form.name, form.sortName, form.nationality);
		apply(person, form, person.getSlug());
		return this.people.save(person);
	}

	public Person update(Long id, PersonForm form) {
		Person person = get(id);
		person.checkVersion(form.version);
		apply(person, form, slugFor(form, id));
		return person;
	}

	/** Deletes the person and, with them, their other names. */
	public void delete(Long id) {
		this.people.delete(getWithNames(id));
	}

	public PersonName addName(Long personId, PersonNameForm form) {
		return getWithNames(personId).addOtherName(form.otherName, form.kind);
	}

	/** Removes one other name of the person; a name of someone else is not found. */
	public String removeName(Long personId, Long nameId) {
		Person person = getWithNames(personId);
		String removed = person.getOtherNames()
			.stream()
			.filter((n) -> n.getId().equals(nameId))
			.map(PersonName::getName)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("person_name", String.valueOf(nameId)));
		person.removeOtherName(nameId);
		return removed;
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	private static void apply(Person person, PersonForm form, String slug) {
		person.update(slug, form.name, form.sortName, form.birthDate, form.nationality);
	}

	/**
	 * The slug typed, or a free one made from the name: "Recep Tayyip Erdoğan" becomes
	 * "recep-tayyip-erdogan".
	 */
	private String slugFor(PersonForm form, Long id) {
		return Slugs.typedOrUnique(form.slug, () -> form.name,
				(slug) -> (id == null) ? this.people.existsBySlug(slug) : this.people.existsBySlugAndIdNot(slug, id));
	}

}
