package org.summittracker.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.system.VersionedEntity;

/**
 * A position independent of its holder (Popolo Post): President of Kazakhstan, Minister
 * of External Affairs of India, Secretary-General of the United Nations. Belongs to
 * exactly one nation or one organization.
 */
@Entity
@Audited
public class Office extends VersionedEntity {

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	private OfficeKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Nation nation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organization organization;

	protected Office() {
	}

	public Office(String slug, String title, OfficeKind kind, Nation nation, Organization organization) {
		update(slug, title, kind, nation, organization);
	}

	/**
	 * Renames or moves the office; it still belongs to exactly one nation or one
	 * organization.
	 */
	public void update(String slug, String title, OfficeKind kind, Nation nation, Organization organization) {
		if ((nation == null) == (organization == null)) {
			throw new IllegalArgumentException("An office belongs to exactly one nation or one organization");
		}
		this.slug = slug;
		this.title = title;
		this.kind = kind;
		this.nation = nation;
		this.organization = organization;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public OfficeKind getKind() {
		return this.kind;
	}

	public Nation getNation() {
		return this.nation;
	}

	public Organization getOrganization() {
		return this.organization;
	}

}
