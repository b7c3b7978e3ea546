package org.summittracker.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Human-readable dates for templates, as {@code ${@formats.range(s.startDate,
 * s.endDate)}}.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	public String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

	/**
	 * "3–4 July 2024", "30 June – 2 July 2024", "31 December 2024 – 1 January 2025" or
	 * "16 May 2024".
	 */
	public String range(LocalDate start, LocalDate end) {
		if (end == null || end.equals(start)) {
			return day(start);
		}
		if (start.getYear() != end.getYear()) {
			return day(start) + " – " + day(end);
		}
		if (start.getMonth() != end.getMonth()) {
			return DAY_MONTH.format(start) + " – " + day(end);
		}
		return start.getDayOfMonth() + "–" + day(end);
	}

	/**
	 * A period of partial dates, both ends included as {@link PartialPeriod} reads them:
	 * "2019 – present", "May 2024 – 28 July 2024" (through 28 July), "… – 2015" (through
	 * the end of 2015).
	 */
	public String period(PartialDate start, PartialDate end, String present) {
		return period(start, end, present, "…");
	}

	/**
	 * A period whose unknown start says so in words: "unknown start – present", never an
	 * open start a reader could take for "always".
	 */
	public String period(PartialDate start, PartialDate end, String present, String unknownStart) {
		String to = (end != null) ? end.display() : present;
		return ((start != null) ? start.display() : unknownStart) + " – " + to;
	}

}
