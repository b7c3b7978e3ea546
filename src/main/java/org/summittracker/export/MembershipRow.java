package org.summittracker.export;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.organization.Standing;
import org.summittracker.system.DatePrecision;
import org.summittracker.system.PartialDate;

/**
 * A nation's standing in an organization over a period. Start and end are partial dates
 * as sources give them: "2024", "2024-07" or "2024-07-03"; the end is the last day the
 * standing held, inclusive ("2024" is through 31 December 2024); empty when open.
 */
@Schema(name = "Membership", description = "A nation's standing in an organization over a period")
public record MembershipRow(@Schema(example = "belarus") String nationSlug,
		@Schema(example = "Belarus") String nationName, @Schema(example = "sco") String organizationSlug,
		@Schema(example = "SCO") String organizationAcronym, Standing standing,
		@Schema(description = "Partial date: 2024, 2024-07 or 2024-07-04", example = "2024-07-04") String startDate,
		@Schema(description = "Partial date, the last day it held (2024 is through 31 December 2024); empty while current",
				example = "2024-07-03") String endDate,
		String note) {

	/**
	 * The row as a query selects it, with each partial date as its first day and
	 * precision.
	 */
	public MembershipRow(String nationSlug, String nationName, String organizationSlug, String organizationAcronym,
			Standing standing, LocalDate start, DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision,
			String note) {
		this(nationSlug, nationName, organizationSlug, organizationAcronym, standing, iso(start, startPrecision),
				iso(end, endPrecision), note);
	}

	static String iso(LocalDate date, DatePrecision precision) {
		return (date != null && precision != null) ? PartialDate.of(date, precision).iso() : null;
	}

}
