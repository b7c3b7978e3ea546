package org.summittracker.person.admin;

import java.util.List;

import org.summittracker.person.OfficeRepository;
import org.summittracker.person.PersonRepository;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes tenures. */
@Service
@Transactional
class TenureEditing extends RecordEditing<Tenure, TenureRepository> {

	private final PersonRepository people;

	private final OfficeRepository offices;

	TenureEditing(TenureRepository tenures, PersonRepository people, OfficeRepository offices, References references) {
		super("tenure", tenures, references);
		this.people = people;
		this.offices = offices;
	}

	@Transactional(readOnly = true)
	public List<Option> personOptions() {
		return this.people.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> officeOptions() {
		return this.offices.findOptions();
	}

	/**
	 * Creates the tenure ({@code id} null) or changes it, unless someone else saved it
	 * since the form opened.
	 */
	public Tenure save(Long id, TenureForm form) {
		Tenure tenure = (id == null) ? new Tenure(form.person, form.office, form.start, form.end, form.acting)
				: current(id, form.version);
		tenure.update(form.person, form.office, form.start, form.end, form.acting, form.note);
		return store(tenure);
	}

}
