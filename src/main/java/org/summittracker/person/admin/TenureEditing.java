package org.summittracker.person.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.person.Office;
import org.summittracker.person.OfficeRepository;
import org.summittracker.person.Person;
import org.summittracker.person.PersonRepository;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.system.Option;
import org.summittracker.system.PartialDate;
import org.summittracker.system.PartialDates;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates, changes and deletes tenures, checking the rules a form cannot check alone. */
@Service
@Transactional
class TenureEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("tenure_end_after_start", "end", "tenure_start_date",
			"start", "tenure_end_date", "end");

	private final TenureRepository tenures;

	private final PersonRepository people;

	private final OfficeRepository offices;

	TenureEditing(TenureRepository tenures, PersonRepository people, OfficeRepository offices) {
		this.tenures = tenures;
		this.people = people;
		this.offices = offices;
	}

	@Transactional(readOnly = true)
	public Tenure get(Long id) {
		return this.tenures.findById(id).orElseThrow(() -> new RecordNotFoundException("tenure", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public Person person(Long id) {
		return this.people.findById(id).orElseThrow(() -> new RecordNotFoundException("person", String.valueOf(id)));
	}

	/** The person a form names, if it names one that exists. */
	@Transactional(readOnly = true)
	public Optional<Person> findPerson(Long id) {
		return (id != null) ? this.people.findById(id) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public TenureForm formFor(Long id) {
		return TenureForm.from(get(id));
	}

	/**
	 * The rules across fields and records: dates that exist (no 2024-02-30), and an end
	 * whose first day is not before the start's (what the database keeps, so "2024"
	 * cannot end a tenure that started in July 2024).
	 */
	@Transactional(readOnly = true)
	public void check(TenureForm form, Errors errors) {
		boolean startValid = checkDate(form.getStart(), "start", errors);
		boolean endValid = checkDate(form.getEnd(), "end", errors);
		if (startValid && endValid && !errors.hasFieldErrors("end") && !isBlank(form.getStart())
				&& !isBlank(form.getEnd())
				&& PartialDate.parse(form.getEnd()).getDate().isBefore(PartialDate.parse(form.getStart()).getDate())) {
			errors.rejectValue("end", "constraint.tenure_end_after_start");
		}
		if (form.getPersonId() != null && this.people.findById(form.getPersonId()).isEmpty()) {
			errors.rejectValue("personId", "typeMismatch.java.lang.Long");
		}
		if (form.getOfficeId() != null && this.offices.findById(form.getOfficeId()).isEmpty()) {
			errors.rejectValue("officeId", "typeMismatch.java.lang.Long");
		}
	}

	public Tenure create(TenureForm form) {
		Tenure tenure = new Tenure(person(form.getPersonId()), office(form.getOfficeId()),
				PartialDate.parse(form.getStart()), PartialDates.parseOrNull(form.getEnd()), form.isActing());
		apply(tenure, form);
		return this.tenures.save(tenure);
	}

	public Tenure update(Long id, TenureForm form) {
		Tenure tenure = get(id);
		if (form.getVersion() == null || form.getVersion() != tenure.getVersion()) {
			throw new StaleEditException("Tenure " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					tenure.getVersion());
		}
		apply(tenure, form);
		return tenure;
	}

	public void delete(Long id) {
		this.tenures.delete(get(id));
	}

	@Transactional(readOnly = true)
	public List<Option> personOptions() {
		return this.people.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> officeOptions() {
		return this.offices.findOptions();
	}

	private void apply(Tenure tenure, TenureForm form) {
		String note = form.getNote();
		tenure.update(person(form.getPersonId()), office(form.getOfficeId()), PartialDate.parse(form.getStart()),
				PartialDates.parseOrNull(form.getEnd()), form.isActing(),
				(note == null || note.isBlank()) ? null : note.trim());
	}

	private Office office(Long id) {
		return this.offices.findById(id).orElseThrow(() -> new RecordNotFoundException("office", String.valueOf(id)));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * Whether a partial-date field holds a date that exists; blank counts as valid here
	 * (NotBlank says otherwise).
	 */
	private static boolean checkDate(String text, String field, Errors errors) {
		if (isBlank(text)) {
			return true;
		}
		if (errors.hasFieldErrors(field)) {
			return false;
		}
		if (!PartialDates.isValid(text)) {
			errors.rejectValue(field, "tenure.date.invalid");
			return false;
		}
		return true;
	}

}
