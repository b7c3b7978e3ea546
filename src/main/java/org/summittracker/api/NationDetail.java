package org.summittracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.export.AttendanceRow;
import org.summittracker.export.MembershipRow;
import org.summittracker.export.NationRow;

/**
 * A nation with its standings in organizations over time and every summit at which it was
 * represented.
 */
@Schema(description = "A nation with its memberships and representations at summits")
public record NationDetail(NationRow nation, List<MembershipRow> memberships, List<AttendanceRow> representations) {

}
