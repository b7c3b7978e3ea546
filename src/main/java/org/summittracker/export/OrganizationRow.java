package org.summittracker.export;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.system.DatePrecision;

/**
 * An organization: the columns of {@code /organizations.csv}, with how many nations hold
 * each standing today.
 */
@Schema(name = "Organization", description = "A bloc, alliance, forum or organization of states")
public record OrganizationRow(@Schema(example = "sco") String slug, @Schema(example = "SCO") String acronym,
		@Schema(example = "Shanghai Cooperation Organisation") String name, OrganizationKind kind,
		@Schema(description = "Partial date: 2001, 2001-06 or 2001-06-15", example = "2001-06-15") String founded,
		String description, @Schema(description = "Wikidata item id", example = "Q7184") String wikidataId,
		long members, long acceding, long observers, long dialoguePartners) {

	/** The row as a query selects it, before the standings are counted. */
	public OrganizationRow(String slug, String acronym, String name, OrganizationKind kind, java.time.LocalDate founded,
			DatePrecision foundedPrecision, String description, String wikidataId) {
		this(slug, acronym, name, kind, MembershipRow.iso(founded, foundedPrecision), description, wikidataId, 0, 0, 0,
				0);
	}

	OrganizationRow withCounts(long members, long acceding, long observers, long dialoguePartners) {
		return new OrganizationRow(this.slug, this.acronym, this.name, this.kind, this.founded, this.description,
				this.wikidataId, members, acceding, observers, dialoguePartners);
	}

}
