package org.summittracker.insight;

import java.time.LocalDate;

/** A summit as one choice in the comparison form. */
public record SummitChoice(String slug, String name, LocalDate startDate) {

}
