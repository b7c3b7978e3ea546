package org.summittracker.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as RFC 4180 CSV with commons-csv: a header row, then one row per record;
 * null is an empty field.
 */
final class CsvTables {

	private CsvTables() {
	}

	static <R extends Record> String write(Table<R> table) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (R row : table.rows()) {
				printer.printRecord(table.values(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
