package org.summittracker.person.admin;

import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes tenures. */
@Service
@Transactional
class TenureEditing {

	private final TenureRepository tenures;

	TenureEditing(TenureRepository tenures) {
		this.tenures = tenures;
	}

	/** The tenure with its holder and office. */
	@Transactional(readOnly = true)
	public Tenure get(Long id) {
		return this.tenures.findById(id).orElseThrow(() -> new RecordNotFoundException("tenure", String.valueOf(id)));
	}

	public Tenure create(TenureForm form) {
		return save(new Tenure(form.person, form.office, form.start, form.end, form.acting), form);
	}

	public Tenure update(Long id, TenureForm form) {
		Tenure tenure = get(id);
		tenure.checkVersion(form.version);
		return save(tenure, form);
	}

	public void delete(Long id) {
		this.tenures.delete(get(id));
	}

	private Tenure save(Tenure tenure, TenureForm form) {
		tenure.update(form.person, form.office, form.start, form.end, form.acting, form.note);
		return this.tenures.save(tenure);
	}

}
