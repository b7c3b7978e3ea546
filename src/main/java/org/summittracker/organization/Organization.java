package org.summittracker.organization;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;
import org.summittracker.system.PartialDate;
import org.summittracker.system.WikidataRecord;

/** A bloc, alliance, forum or organization of states: SCO, NATO, G7, the UN, the EU. */
@Entity
@Audited
public class Organization extends WikidataRecord {

	private String slug;

	private String acronym;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "founded_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "founded_precision"))
	private PartialDate founded;

	private String description;

	protected Organization() {
	}

	public Organization(String slug, String acronym, String name, OrganizationKind kind) {
		update(slug, acronym, name, kind, null, null);
	}

	/** Changes what an editor may change. */
	public void update(String slug, String acronym, String name, OrganizationKind kind, PartialDate founded,
			String description) {
		if (kind == null) {
			throw new IllegalArgumentException("An organization has a kind");
		}
		this.slug = slug;
		this.acronym = acronym;
		this.name = name;
		this.kind = kind;
		this.founded = founded;
		this.description = description;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public String getName() {
		return this.name;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public PartialDate getFounded() {
		return this.founded;
	}

	public String getDescription() {
		return this.description;
	}

	@Override
	public String toString() {
		return this.acronym;
	}

}
