package org.summittracker.person.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.person.Person;
import org.summittracker.person.PersonRepository;
import org.summittracker.nation.Nation;
import org.summittracker.nation.NationRepository;
import org.summittracker.source.Source;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;
import org.summittracker.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes people and their other names, checking the rules a form
 * cannot check alone.
 */
@Service
@Transactional
class PersonEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("person_slug_key", "slug", "person_slug_check", "slug");

	/** The same for the other-name form. */
	static final Map<String, String> NAME_CONSTRAINT_FIELDS = Map.of("person_name_person_id_name_key", "otherName");

	private final PersonRepository people;

	private final NationRepository nations;

	private final SourceChoices sources;

	PersonEditing(PersonRepository people, NationRepository nations, SourceChoices sources) {
		this.people = people;
		this.nations = nations;
		this.sources = sources;
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
		return PersonForm.from(get(id));
	}

	/**
	 * The rules across fields and records; each error lands on the field the editor must
	 * fix.
	 */
	@Transactional(readOnly = true)
	public void check(PersonForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !form.getSlug().isBlank()) {
			if (!errors.hasFieldErrors("slug") && slugTaken(form.getSlug().trim(), id)) {
				errors.rejectValue("slug", "slug.taken");
			}
		}
		else if (form.getName() != null && !form.getName().isBlank() && Slugs.of(form.getName()).isEmpty()) {
			errors.rejectValue("slug", "leader.slug.needed");
		}
		if (form.getNationalityId() != null && this.nations.findById(form.getNationalityId()).isEmpty()) {
			errors.rejectValue("nationalityId", "typeMismatch.java.lang.Long");
		}
	}

	public Person create(PersonForm form) {
		Person person = new Person(slugFor(form, null), form.getName().trim(), form.getSortName().trim(),
				nationality(form));
		apply(person, form, person.getSlug());
		return this.people.save(person);
	}

	public Person update(Long id, PersonForm form) {
		Person person = get(id);
		if (form.getVersion() == null || form.getVersion() != person.getVersion()) {
			throw new StaleEditException("Person " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					person.getVersion());
		}
		apply(person, form, slugFor(form, id));
		return person;
	}

	/**
	 * Deletes the person and, with them, their other names; the caller has checked that
	 * nothing else refers.
	 */
	public void delete(Long id) {
		this.people.delete(getWithNames(id));
	}

	/** An other name must be new for this person and cite a source that exists. */
	@Transactional(readOnly = true)
	public void checkName(Long personId, PersonNameForm form, Errors errors) {
		Person person = getWithNames(personId);
		if (form.getOtherName() != null && !form.getOtherName().isBlank()
				&& person.hasOtherName(form.getOtherName().trim())) {
			errors.rejectValue("otherName", "constraint.person_name_person_id_name_key");
		}
		if (form.getSourceId() != null && this.sources.findById(form.getSourceId()).isEmpty()) {
			errors.rejectValue("sourceId", "typeMismatch.java.lang.Long");
		}
	}

	public Person addName(Long personId, PersonNameForm form) {
		Person person = getWithNames(personId);
		Source source = (form.getSourceId() != null)
				? this.sources.findById(form.getSourceId())
					.orElseThrow(() -> new RecordNotFoundException("source", String.valueOf(form.getSourceId())))
				: null;
		person.addOtherName(form.getOtherName().trim(), form.getKind(), source);
		return person;
	}

	/** Removes one other name of the person; a name of someone else is not found. */
	public String removeName(Long personId, Long nameId) {
		Person person = getWithNames(personId);
		String removed = person.getOtherNames()
			.stream()
			.filter((n) -> n.getId().equals(nameId))
			.map((n) -> n.getName())
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("person_name", String.valueOf(nameId)));
		person.removeOtherName(nameId);
		return removed;
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> sourceOptions() {
		return this.sources.findOptions();
	}

	private void apply(Person person, PersonForm form, String slug) {
		person.update(slug, form.getName().trim(), form.getSortName().trim(), form.getBirthDate(), nationality(form));
	}

	private Nation nationality(PersonForm form) {
		return (form.getNationalityId() != null)
				? this.nations.findById(form.getNationalityId())
					.orElseThrow(() -> new RecordNotFoundException("nation", String.valueOf(form.getNationalityId())))
				: null;
	}

	private boolean slugTaken(String slug, Long id) {
		return (id == null) ? this.people.existsBySlug(slug) : this.people.existsBySlugAndIdNot(slug, id);
	}

	/**
	 * The slug typed, or one made from the name: "Recep Tayyip Erdoğan" becomes
	 * "recep-tayyip-erdogan".
	 */
	private String slugFor(PersonForm form, Long id) {
		return Slugs.typedOrUnique(form.getSlug(), form::getName, (slug) -> slugTaken(slug, id));
	}

}
