package org.summittracker.summit;

import java.time.LocalDate;

/** Just enough of a summit to link to it. */
public record SummitLink(String slug, String name, LocalDate startDate, LocalDate endDate) {

}
