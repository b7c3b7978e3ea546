package org.summittracker.organization.admin;

import java.util.Map;

import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.PartialDates;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;
import org.summittracker.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes organizations, checking the rules a form cannot check
 * alone.
 */
@Service
@Transactional
class OrganizationEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("organization_slug_key", "slug",
			"organization_slug_check", "slug", "organization_acronym_key", "acronym", "organization_name_key", "name",
			"organization_founded_date", "founded");

	/**
	 * No saved organization has this id: a new one's uniqueness checks compare with every
	 * saved one.
	 */
	private static final long UNSAVED = 0;

	private final OrganizationRepository organizations;

	OrganizationEditing(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public Organization get(Long id) {
		return this.organizations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("organization", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public OrganizationForm formFor(Long id) {
		return OrganizationForm.from(get(id));
	}

	/**
	 * The rules across fields and records; each error lands on the field the editor must
	 * fix.
	 */
	@Transactional(readOnly = true)
	public void check(OrganizationForm form, Long id, Errors errors) {
		long self = (id != null) ? id : UNSAVED;
		if (!isBlank(form.getAcronym()) && !errors.hasFieldErrors("acronym")
				&& this.organizations.existsByAcronymIgnoreCaseAndIdNot(form.getAcronym().trim(), self)) {
			errors.rejectValue("acronym", "organization.acronym.taken");
		}
		if (!isBlank(form.getName()) && !errors.hasFieldErrors("name")
				&& this.organizations.existsByNameIgnoreCaseAndIdNot(form.getName().trim(), self)) {
			errors.rejectValue("name", "organization.name.taken");
		}
		if (!isBlank(form.getSlug()) && !errors.hasFieldErrors("slug")
				&& this.organizations.existsBySlugAndIdNot(form.getSlug().trim(), self)) {
			errors.rejectValue("slug", "slug.taken");
		}
		if (isBlank(form.getSlug()) && !isBlank(form.getAcronym()) && Slugs.of(form.getAcronym()).isEmpty()) {
			errors.rejectValue("slug", "organization.slug.needed");
		}
		if (!isBlank(form.getFounded()) && !errors.hasFieldErrors("founded")
				&& !PartialDates.isValid(form.getFounded())) {
			errors.rejectValue("founded", "organization.date.invalid");
		}
	}

	public Organization create(OrganizationForm form) {
		Organization organization = new Organization(slugFor(form, null), form.getAcronym().trim(),
				form.getName().trim(), form.getKind());
		apply(organization, form, organization.getSlug());
		Organization saved = this.organizations.save(organization);
		this.organizations.flush();
		return saved;
	}

	public Organization update(Long id, OrganizationForm form) {
		Organization organization = get(id);
		if (form.getVersion() == null || form.getVersion() != organization.getVersion()) {
			throw new StaleEditException("Organization " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					organization.getVersion());
		}
		apply(organization, form, slugFor(form, id));
		this.organizations.flush();
		return organization;
	}

	public void delete(Long id) {
		this.organizations.delete(get(id));
		this.organizations.flush();
	}

	private void apply(Organization organization, OrganizationForm form, String slug) {
		organization.update(slug, form.getAcronym().trim(), form.getName().trim(), form.getKind(),
				PartialDates.parseOrNull(form.getFounded()), blankToNull(form.getDescription()));
	}

	/**
	 * The slug typed, or one made from the acronym (as "sco" from SCO), numbered if
	 * another has it already.
	 */
	private String slugFor(OrganizationForm form, Long id) {
		long self = (id != null) ? id : UNSAVED;
		return Slugs.typedOrUnique(form.getSlug(), form::getAcronym,
				(slug) -> this.organizations.existsBySlugAndIdNot(slug, self));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String blankToNull(String text) {
		return isBlank(text) ? null : text.trim();
	}

}
