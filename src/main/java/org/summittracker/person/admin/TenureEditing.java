package org.summittracker.person.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.person.OfficeRepository;
import org.summittracker.person.PersonRepository;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.system.Conflict;
import org.summittracker.system.Flash;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes tenures. */
@Service
@Transactional
class TenureEditing extends RecordEditing<Tenure, TenureRepository, TenureForm> {

	private final PersonRepository people;

	private final OfficeRepository offices;

	TenureEditing(TenureRepository tenures, PersonRepository people, OfficeRepository offices, References references) {
		super("tenure", "/admin/tenures", "tenure", tenures, references);
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
	@Override
	public Tenure save(Long id, TenureForm form) {
		Tenure tenure = (id == null) ? new Tenure(form.person, form.office, form.start, form.end, form.acting)
				: current(id, form.version);
		tenure.update(form.person, form.office, form.start, form.end, form.acting, form.note);
		return store(tenure);
	}

	@Override
	public Shown shown(Tenure tenure) {
		String leaderPage = "/leaders/" + tenure.getPerson().getSlug();
		return new Shown(tenure.getPerson().getName() + " · " + tenure.getOffice().getTitle(), leaderPage, leaderPage);
	}

	/** A saved tenure is named by its office: "Saved the tenure as “President”." */
	@Override
	protected Flash.Message savedMessage(Tenure tenure) {
		return new Flash.Message("/leaders/" + tenure.getPerson().getSlug(), "tenure.saved",
				tenure.getOffice().getTitle());
	}

	@Override
	protected Map<String, Map<String, String>> choices(TenureForm form) {
		return Map.of("person", Conflict.labels(personOptions()), "office", Conflict.labels(officeOptions()));
	}

	/** The database constraints whose names do not say their fields. */
	@Override
	protected Map<String, String> constraintFields() {
		return Map.of("tenure_end_after_start", "end", "tenure_start_date", "start", "tenure_end_date", "end");
	}

}
