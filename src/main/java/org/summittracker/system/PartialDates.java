package org.summittracker.system;

import java.time.DateTimeException;

/**
 * Checks the text forms of partial dates that editors type: "2024", "2024-07" or
 * "2024-07-03".
 */
public final class PartialDates {

	public static final String PATTERN = "^$|^\\d{4}(-\\d{2}(-\\d{2})?)?$";

	private PartialDates() {
	}

	public static boolean isValid(String text) {
		if (text == null || text.isBlank() || !text.trim().matches(PATTERN)) {
			return false;
		}
		try {
			PartialDate.parse(text);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** The partial date a form field holds, or null when it is blank. */
	public static PartialDate parseOrNull(String text) {
		return (text == null || text.isBlank()) ? null : PartialDate.parse(text);
	}

	/** How a form shows a partial date: the same text an editor would type. */
	public static String format(PartialDate date) {
		return (date != null) ? date.iso() : "";
	}

}
