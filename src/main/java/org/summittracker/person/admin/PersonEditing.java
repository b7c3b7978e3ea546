package org.summittracker.person.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.nation.NationRepository;
import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.PersonRepository;
import org.summittracker.system.Edit;
import org.summittracker.system.Flash;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.References;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Creates, changes and deletes people and their other names. A taken address or a
 * repeated other name is refused by the database, on the field to fix.
 */
@Service
@Transactional
class PersonEditing extends RecordEditing<Person, PersonRepository, PersonForm> {

	private final NationRepository nations;

	PersonEditing(PersonRepository people, NationRepository nations, References references) {
		super("person", "/admin/leaders", "leader", people, references);
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
	@Override
	public Person save(Long id, PersonForm form) {
		// "Recep Tayyip Erdoğan" becomes "recep-tayyip-erdogan"
		String slug = Slugs.typedOrUnique(form.slug, () -> form.name, this.records, id);
		Person person = (id == null) ? new Person(slug, form.name, form.sortName, form.nationality)
				: current(id, form.version);
		person.update(slug, form.name, form.sortName, form.birthDate, form.nationality);
		person.identifyAs(form.wikidataId);
		return store(person);
	}

	@Override
	public Shown shown(Person person) {
		return new Shown(person.getName(), "/leaders/" + person.getSlug(), "/leaders");
	}

	/**
	 * Records another name of the person; a name they have already is refused on the
	 * form's field (the unique key's name does not say it).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Edit addName(Long personId, PersonNameForm form, BindingResult result) {
		return change(result, Map.of("person_name_person_id_name_key", "otherName"), () -> {
			get(personId).addOtherName(form.otherName, form.kind);
			this.records.flush();
			return new Flash.Message("/admin/leaders/" + personId + "/edit", "leader.name.added", form.otherName);
		});
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
