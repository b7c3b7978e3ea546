package org.summittracker.export;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A nation: the columns of {@code /nations.csv}. Current standings are "ACRONYM:STANDING"
 * pairs joined with "; ", e.g. "NATO:MEMBER; SCO:DIALOGUE_PARTNER".
 */
@Schema(name = "Nation", description = "A sovereign state with its ISO 3166-1 codes and Wikidata id")
public record NationRow(@Schema(example = "turkey") String slug, @Schema(example = "Turkey") String name,
		@Schema(example = "Republic of Türkiye") String officialName, @Schema(example = "TR") String isoAlpha2,
		@Schema(example = "TUR") String isoAlpha3,
		@Schema(description = "ISO 3166-1 numeric code", example = "792") String isoNumeric,
		@Schema(description = "Wikidata item id", example = "Q43") String wikidataId,
		@Schema(description = "Current standings as ACRONYM:STANDING joined with '; '",
				example = "NATO:MEMBER; SCO:DIALOGUE_PARTNER") String currentMemberships) {

	NationRow withCurrentMemberships(String memberships) {
		return new NationRow(this.slug, this.name, this.officialName, this.isoAlpha2, this.isoAlpha3, this.isoNumeric,
				this.wikidataId, memberships);
	}

}
