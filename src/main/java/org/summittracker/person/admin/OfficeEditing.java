package org.summittracker.person.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.person.OfficeRepository;
import org.summittracker.nation.Nation;
import org.summittracker.nation.NationRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;
import org.summittracker.system.StaleEditException;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates, changes and deletes offices, checking the rules a form cannot check alone. */
@Service
@Transactional
class OfficeEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("office_slug_key", "slug", "office_slug_check", "slug",
			"office_belongs_to_one", "nationId");

	private final OfficeRepository offices;

	private final NationRepository nations;

	private final OrganizationRepository organizations;

	OfficeEditing(OfficeRepository offices, NationRepository nations, OrganizationRepository organizations) {
		this.offices = offices;
		this.nations = nations;
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public Office get(Long id) {
		return this.offices.findById(id).orElseThrow(() -> new RecordNotFoundException("office", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public OfficeForm formFor(Long id) {
		return OfficeForm.from(get(id));
	}

	@Transactional(readOnly = true)
	public List<Office> all() {
		return this.offices.findAllForAdmin();
	}

	@Transactional(readOnly = true)
	public List<Office> list(OfficeKind kind, Sort sort) {
		return this.offices.findForAdmin(kind, sort);
	}

	/**
	 * The rules across fields and records; each error lands on the field the editor must
	 * fix.
	 */
	@Transactional(readOnly = true)
	public void check(OfficeForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !form.getSlug().isBlank()) {
			if (!errors.hasFieldErrors("slug") && slugTaken(form.getSlug().trim(), id)) {
				errors.rejectValue("slug", "slug.taken");
			}
		}
		else if (form.getTitle() != null && !form.getTitle().isBlank() && Slugs.of(form.getTitle()).isEmpty()) {
			errors.rejectValue("slug", "office.slug.needed");
		}
		if ((form.getNationId() == null) == (form.getOrganizationId() == null)) {
			errors.rejectValue("nationId", "office.belongsToOne");
		}
		if (form.getNationId() != null && this.nations.findById(form.getNationId()).isEmpty()) {
			errors.rejectValue("nationId", "typeMismatch.java.lang.Long");
		}
		if (form.getOrganizationId() != null && this.organizations.findById(form.getOrganizationId()).isEmpty()) {
			errors.rejectValue("organizationId", "typeMismatch.java.lang.Long");
		}
	}

	public Office create(OfficeForm form) {
		return this.offices.save(new Office(slugFor(form, null), form.getTitle().trim(), form.getKind(), nation(form),
				organization(form)));
	}

	public Office update(Long id, OfficeForm form) {
		Office office = get(id);
		if (form.getVersion() == null || form.getVersion() != office.getVersion()) {
			throw new StaleEditException("Office " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					office.getVersion());
		}
		office.update(slugFor(form, id), form.getTitle().trim(), form.getKind(), nation(form), organization(form));
		return office;
	}

	public void delete(Long id) {
		this.offices.delete(get(id));
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> organizationOptions() {
		return this.organizations.findOptions();
	}

	/**
	 * Where the office is shown: the page of the nation or organization it belongs to.
	 */
	static String publicUrl(Office office) {
		return (office.getNation() != null) ? "/nations/" + office.getNation().getSlug()
				: "/organizations/" + office.getOrganization().getSlug();
	}

	private Nation nation(OfficeForm form) {
		return (form.getNationId() != null)
				? this.nations.findById(form.getNationId())
					.orElseThrow(() -> new RecordNotFoundException("nation", String.valueOf(form.getNationId())))
				: null;
	}

	private Organization organization(OfficeForm form) {
		return (form.getOrganizationId() != null) ? this.organizations.findById(form.getOrganizationId())
			.orElseThrow(() -> new RecordNotFoundException("organization", String.valueOf(form.getOrganizationId())))
				: null;
	}

	private boolean slugTaken(String slug, Long id) {
		return (id == null) ? this.offices.existsBySlug(slug) : this.offices.existsBySlugAndIdNot(slug, id);
	}

	private String slugFor(OfficeForm form, Long id) {
		return Slugs.typedOrUnique(form.getSlug(), form::getTitle, (slug) -> slugTaken(slug, id));
	}

}
