package org.summittracker.export;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;

/**
 * One attendance row, with the summit it belongs to: who came (or stayed away),
 * representing which nation or organization, in what capacity and standing, and whom they
 * were sent instead of. The same columns serve a summit's attendance, a leader's
 * appearances and a nation's representations.
 */
@Schema(name = "Attendance", description = "Who attended a summit (or stayed away), for whom, and instead of whom")
public record AttendanceRow(@Schema(example = "sco-2024-astana") String summitSlug,
		@Schema(example = "SCO Summit 2024") String summitName, LocalDate summitStartDate, LocalDate summitEndDate,
		@Schema(example = "s-jaishankar") String personSlug, @Schema(example = "S. Jaishankar") String personName,
		@Schema(description = "Nation represented", example = "india") String nationSlug,
		@Schema(example = "India") String nationName,
		@Schema(description = "Organization represented (instead of a nation)") String organizationSlug,
		String organizationAcronym, Capacity capacity,
		@Schema(description = "The office held at the summit, where known",
				example = "Minister of External Affairs of India") String officeTitle,
		AttendanceStanding standing, AttendanceStatus status,
		@Schema(description = "Slug of the person this one was sent instead of",
				example = "narendra-modi") String insteadOfSlug,
		@Schema(example = "Narendra Modi") String insteadOfName, String note) {

}
