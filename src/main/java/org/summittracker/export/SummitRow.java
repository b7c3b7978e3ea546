package org.summittracker.export;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;

/**
 * One summit or meeting as the exports and the API give it: the columns of
 * {@code /summits.csv}, in this order. Dates are ISO days; the end day is the last day of
 * the summit (inclusive).
 */
@Schema(name = "Summit", description = "A summit or meeting")
public record SummitRow(@Schema(example = "sco-2024-astana") String slug,
		@Schema(example = "SCO Summit 2024") String name, SummitKind kind,
		@Schema(description = "Slug of the convening organization", example = "sco") String organizationSlug,
		@Schema(example = "SCO") String organizationAcronym,
		@Schema(description = "Slug of the summit this meeting sits on the sidelines of") String parentSlug,
		@Schema(example = "kazakhstan") String hostNationSlug, @Schema(example = "Kazakhstan") String hostNation,
		@Schema(example = "Astana") String city, String venue, @Schema(example = "2024-07-03") LocalDate startDate,
		@Schema(example = "2024-07-04") LocalDate endDate, SummitStatus status, String description,
		@Schema(description = "Wikidata item id") String wikidataId) {

}
