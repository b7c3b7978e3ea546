package org.summittracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.export.AttendanceRow;
import org.summittracker.export.SummitRow;

/** A summit with its attendance rows and the meetings on its sidelines. */
@Schema(description = "A summit with who attended (or stayed away) and the meetings on its sidelines")
public record SummitDetail(SummitRow summit, List<AttendanceRow> attendance, List<SummitRow> sidelines) {

}
