package org.summittracker.person.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.nation.NationRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.person.OfficeRepository;
import org.summittracker.system.Conflict;
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
class OfficeEditing extends RecordEditing<Office, OfficeRepository, OfficeForm> {

	private final NationRepository nations;

	private final OrganizationRepository organizations;

	OfficeEditing(OfficeRepository offices, NationRepository nations, OrganizationRepository organizations,
			References references) {
		super("office", "/admin/offices", "office", offices, references);
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
	@Override
	public Office save(Long id, OfficeForm form) {
		String slug = Slugs.typedOrUnique(form.slug, () -> form.title, this.records, id);
		Office office = (id == null) ? new Office(slug, form.title, form.kind, form.nation, form.organization)
				: current(id, form.version);
		office.update(slug, form.title, form.kind, form.nation, form.organization);
		return store(office);
	}

	@Override
	public Shown shown(Office office) {
		return new Shown(office.getTitle(), publicUrl(office), "/admin/offices");
	}

	/**
	 * Where the office is shown: the page of the nation or organization it belongs to.
	 */
	private static String publicUrl(Office office) {
		return (office.getNation() != null) ? "/nations/" + office.getNation().getSlug()
				: "/organizations/" + office.getOrganization().getSlug();
	}

	@Override
	protected Map<String, Map<String, String>> choices(OfficeForm form) {
		return Map.of("nation", Conflict.labels(nationOptions()), "organization",
				Conflict.labels(organizationOptions()));
	}

	/** The database constraint whose name does not say its field. */
	@Override
	protected Map<String, String> constraintFields() {
		return Map.of("office_belongs_to_one", "nation");
	}

}
