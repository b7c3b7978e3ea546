package org.summittracker.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.summittracker.summit.SummitStatus;

/**
 * A summit as a calendar shows it: what, when (whole days), where, and whether it is
 * still on.
 */
public record CalendarEntry(long id, String slug, String name, LocalDate startDate, LocalDate endDate,
		SummitStatus status, String venue, String city, String hostNation, String description) {

	/** "Borgo Egnazia, Fasano, Italy", as the summit page writes it. */
	public String location() {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { this.venue, this.city, this.hostNation }) {
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		}
		return String.join(", ", parts);
	}

}
