package org.summittracker.person.admin;

import java.util.List;

import org.summittracker.person.OfficeRepository;
import org.summittracker.person.PersonRepository;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes tenures. */
@Service
@Transactional
class TenureEditing {

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
	public TenureForm formFor(Long id) {
		return TenureForm.from(get(id));
	}

	public Tenure create(TenureForm form) {
		Tenure tenure = new Tenure(form.person, form.office, form.start, form.end, form.acting);
		apply(tenure, form);
		return this.tenures.save(tenure);
	}

	public Tenure update(Long id, TenureForm form) {
		Tenure tenure = get(id);
		tenure.checkVersion(form.version);
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

	private static void apply(Tenure tenure, TenureForm form) {
		tenure.update(form.person, form.office, form.start, form.end, form.acting, form.note);
	}

}
