package org.summittracker.organization.admin;

import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes organizations. Each change is flushed, so a violated
 * database constraint (an acronym, name or slug another organization has) is reported by
 * the call that made it.
 */
@Service
@Transactional
class OrganizationEditing {

	private final OrganizationRepository organizations;

	OrganizationEditing(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public Organization get(Long id) {
		return this.organizations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("organization", String.valueOf(id)));
	}

	public Organization create(OrganizationForm form) {
		Organization organization = new Organization(slugFor(form, 0), form.acronym, form.name, form.kind);
		return save(organization, form, organization.getSlug());
	}

	public Organization update(Long id, OrganizationForm form) {
		Organization organization = get(id);
		organization.checkVersion(form.version);
		return save(organization, form, slugFor(form, id));
	}

	public void delete(Long id) {
		this.organizations.delete(get(id));
		this.organizations.flush();
	}

	private Organization save(Organization organization, OrganizationForm form, String slug) {
		organization.update(slug, form.acronym, form.name, form.kind, form.founded, form.description);
		this.organizations.save(organization);
		this.organizations.flush();
		return organization;
	}

	/**
	 * The slug typed, or one made from the acronym (as "sco" from SCO), numbered while
	 * another organization has it (a new one is {@code self} 0: identities start at 1).
	 */
	private String slugFor(OrganizationForm form, long self) {
		return Slugs.typedOrUnique(form.slug, () -> form.acronym,
				(slug) -> this.organizations.existsBySlugAndIdNot(slug, self));
	}

}
