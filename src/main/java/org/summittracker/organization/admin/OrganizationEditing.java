package org.summittracker.organization.admin;

import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;
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
class OrganizationEditing extends RecordEditing<Organization, OrganizationRepository, OrganizationForm> {

	OrganizationEditing(OrganizationRepository organizations, References references) {
		super("organization", "/admin/organizations", "organization", organizations, references);
	}

	/**
	 * Creates the organization ({@code id} null) or changes it, unless someone else saved
	 * it since the form opened.
	 */
	@Override
	public Organization save(Long id, OrganizationForm form) {
		// a slug made from the acronym, as "sco" from SCO
		String slug = Slugs.typedOrUnique(form.slug, () -> form.acronym, this.records, id);
		Organization organization = (id == null) ? new Organization(slug, form.acronym, form.name, form.kind)
				: current(id, form.version);
		organization.update(slug, form.acronym, form.name, form.kind, form.founded, form.description);
		organization.identifyAs(form.wikidataId);
		return store(organization);
	}

	@Override
	public Shown shown(Organization organization) {
		return new Shown(organization.getName(), "/organizations/" + organization.getSlug(), "/organizations");
	}

}
