package org.summittracker.export;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person in the tracker: the columns of {@code /leaders.csv}; current offices joined
 * with "; ".
 */
@Schema(name = "Leader", description = "A leader, minister or official")
public record PersonRow(@Schema(example = "recep-tayyip-erdogan") String slug,
		@Schema(example = "Recep Tayyip Erdoğan") String name,
		@Schema(example = "Erdoğan, Recep Tayyip") String sortName, LocalDate birthDate,
		@Schema(description = "Wikidata item id", example = "Q39259") String wikidataId,
		@Schema(example = "turkey") String nationalitySlug, @Schema(example = "Turkey") String nationality,
		@Schema(description = "Offices held now, joined with '; '",
				example = "President of Turkey") String currentOffices) {

	PersonRow withCurrentOffices(String offices) {
		return new PersonRow(this.slug, this.name, this.sortName, this.birthDate, this.wikidataId, this.nationalitySlug,
				this.nationality, offices);
	}

}
