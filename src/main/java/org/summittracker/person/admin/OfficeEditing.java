package org.summittracker.person.admin;

import java.util.List;

import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.person.OfficeRepository;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes offices. The database keeps addresses unique and an office
 * to one nation or organization.
 */
@Service
@Transactional
class OfficeEditing {

	private final OfficeRepository offices;

	OfficeEditing(OfficeRepository offices) {
		this.offices = offices;
	}

	@Transactional(readOnly = true)
	public Office get(Long id) {
		return this.offices.findById(id).orElseThrow(() -> new RecordNotFoundException("office", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Office> list(OfficeKind kind, Sort sort) {
		return this.offices.findForAdmin(kind, sort);
	}

	public Office create(OfficeForm form) {
		return this.offices
			.save(new Office(slugFor(form, null), form.title, form.kind, form.nation, form.organization));
	}

	public Office update(Long id, OfficeForm form) {
		Office office = get(id);
		office.checkVersion(form.version);
		office.update(slugFor(form, office.getSlug()), form.title, form.kind, form.nation, form.organization);
		return office;
	}

	public void delete(Long id) {
		this.offices.delete(get(id));
	}

	/**
	 * The typed address, or a free one made from the title (the office's own is free).
	 */
	private String slugFor(OfficeForm form, String own) {
		return Slugs.typedOrUnique(form.slug, () -> form.title,
				(slug) -> !slug.equals(own) && this.offices.existsBySlug(slug));
	}

}
