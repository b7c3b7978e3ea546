package org.summittracker.historian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Secretaries of State's tenures, which the travels dataset does not give: each from
 * a public page that was read, with the passage quoted
 * ({@code historian/secretaries.tsv}). A Secretary without a row gets no tenure rather
 * than a guessed one.
 */
final class SecretaryTenures {

	/** The day the cited pages were read. */
	static final LocalDate ACCESSED = LocalDate.of(2026, 12, 1);

	static final String NOTE = "Dates as the cited pages give them; the Office of the Historian's travels dataset has none.";

	/** One page and the passage of it that gives the dates. */
	record Cite(String url, String title, String publisher, String quote) {
	}

	/**
	 * A tenure as the pages give it: a day, or only a year (then the first of January).
	 */
	record Tenure(String who, LocalDate start, String startPrecision, LocalDate end, String endPrecision,
			List<Cite> cites) {

		/** The last day the tenure covers (the year's last day for a year). */
		LocalDate lastDay() {
			if (this.end == null) {
				return null;
			}
			return this.endPrecision.equals("YEAR") ? this.end.withDayOfYear(this.end.lengthOfYear()) : this.end;
		}

	}

	private static final Map<String, Tenure> TENURES = load();

	private SecretaryTenures() {
	}

	/** The sourced tenure of a Secretary (the travels dataset's {@code who}), or null. */
	static Tenure of(String who) {
		return TENURES.get(who);
	}

	static int count() {
		return TENURES.size();
	}

	private static Map<String, Tenure> load() {
		Map<String, Tenure> tenures = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				SecretaryTenures.class.getResourceAsStream("/historian/secretaries.tsv"), StandardCharsets.UTF_8))) {
			Tenure last = null;
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				Cite cite = new Cite(f[3], f[4], f[5], f[6]);
				if (f[0].isEmpty()) {
					last.cites().add(cite);
					continue;
				}
				List<Cite> cites = new ArrayList<>();
				cites.add(cite);
				last = new Tenure(f[0], date(f[1]), precision(f[1]), f[2].isEmpty() ? null : date(f[2]),
						f[2].isEmpty() ? null : precision(f[2]), cites);
				tenures.put(f[0], last);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tenures;
	}

	private static LocalDate date(String text) {
		return (text.length() == 4) ? LocalDate.of(Integer.parseInt(text), 1, 1) : LocalDate.parse(text);
	}

	private static String precision(String text) {
		return (text.length() == 4) ? "YEAR" : "DAY";
	}

}
