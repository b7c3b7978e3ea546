package org.summittracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.export.AttendanceRow;
import org.summittracker.export.PersonRow;
import org.summittracker.export.OtherNameRow;
import org.summittracker.export.TenureRow;

/**
 * A leader with other spellings of their name, offices held, and every summit they
 * attended or sent someone to.
 */
@Schema(description = "A leader with other names, offices held and appearances")
public record PersonDetail(PersonRow leader, List<OtherNameRow> otherNames, List<TenureRow> tenures, @Schema(
		description = "Summits attended or stayed away from, and those where someone was sent instead") List<AttendanceRow> appearances) {

}
