package org.summittracker.person.admin;

import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.PersonRepository;
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

	PersonEditing(PersonRepository people) {
		this.people = people;
	}

	/** The person with their nationality and other names. */
	@Transactional(readOnly = true)
	public Person get(Long id) {
		return this.people.findWithNamesById(id)
			.orElseThrow(() -> new RecordNotFoundException("person", String.valueOf(id)));
	}

	public Person create(PersonForm form) {
		Person person = new Person(slugFor(form, 0), form.name, form.sortName, form.nationality);
		return save(person, form, person.getSlug());
	}

	public Person update(Long id, PersonForm form) {
		Person person = get(id);
		person.checkVersion(form.version);
		return save(person, form, slugFor(form, id));
	}

	/** Deletes the person and, with them, their other names. */
	public void delete(Long id) {
		this.people.delete(get(id));
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

	private Person save(Person person, PersonForm form, String slug) {
		person.update(slug, form.name, form.sortName, form.birthDate, form.nationality);
		return this.people.save(person);
	}

	/**
	 * The slug typed, or a free one made from the name: "Recep Tayyip Erdoğan" becomes
	 * "recep-tayyip-erdogan" (a new person is {@code self} 0: identities start at 1).
	 */
	private String slugFor(PersonForm form, long self) {
		return Slugs.typedOrUnique(form.slug, () -> form.name, (slug) -> this.people.existsBySlugAndIdNot(slug, self));
	}

}
