package org.summittracker.person.admin;

import java.util.List;

import org.summittracker.nation.NationRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.person.OfficeRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;
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
class OfficeEditing extends RecordEditing<Office, OfficeRepository> {

	private final NationRepository nations;

	private final OrganizationRepository organizations;

	OfficeEditing(OfficeRepository offices, NationRepository nations, OrganizationRepository organizations,
			References references) {
		super("office", offices, references);
		this.nations = nations;
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> organizationOptions() {
		return this.organizations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Office> list(OfficeKind kind, Sort sort) {
		return this.records.findForAdmin(kind, sort);
	}

	/**
	 * Creates the office ({@code id} null) or changes it, unless someone else saved it
	 * since the form opened.
	 */
	public Office save(Long id, OfficeForm form) {
		String slug = Slugs.typedOrUnique(form.slug, () -> form.title, this.records, id);
		Office office = (id == null) ? new Office(slug, form.title, form.kind, form.nation, form.organization)
				: current(id, form.version);
		office.update(slug, form.title, form.kind, form.nation, form.organization);
		return store(office);
	}

}
