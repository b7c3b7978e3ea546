package org.summittracker.export;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.person.OfficeKind;
import org.summittracker.system.DatePrecision;

/** A person holding an office over a period; start and end are partial dates. */
@Schema(name = "Tenure", description = "An office held over a period")
public record TenureRow(@Schema(example = "president-of-turkey") String officeSlug,
		@Schema(example = "President of Turkey") String officeTitle, OfficeKind officeKind,
		@Schema(description = "Nation the office belongs to") String nationSlug,
		@Schema(description = "Organization the office belongs to") String organizationSlug,
		@Schema(description = "Partial date") String startDate,
		@Schema(description = "Partial date, the last day in office (2024 is through 31 December 2024); empty while current") String endDate,
		boolean acting) {

	public TenureRow(String officeSlug, String officeTitle, OfficeKind officeKind, String nationSlug,
			String organizationSlug, LocalDate start, DatePrecision startPrecision, LocalDate end,
			DatePrecision endPrecision, boolean acting) {
		this(officeSlug, officeTitle, officeKind, nationSlug, organizationSlug,
				MembershipRow.iso(start, startPrecision), MembershipRow.iso(end, endPrecision), acting);
	}

}
