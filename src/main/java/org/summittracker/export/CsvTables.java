package org.summittracker.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as RFC 4180 CSV with commons-csv: a header row, then one row per record;
 * null is an empty field. Every text cell that a spreadsheet would read as a formula is
 * neutralised ({@link #safe(Object)}), so a name typed as {@code =HYPERLINK(...)} opens
 * as text. Written a row at a time, so a table of any length takes the memory of one row.
 */
final class CsvTables {

	private static final int BUFFER = 16 * 1024;

	private CsvTables() {
	}

	static <R extends Record> String write(Table<R> table) {
		StringWriter out = new StringWriter();
		to(out).write(table.type(), table.rows().stream());
		return out.toString();
	}

	/** A CSV table written to {@code out} a row at a time, as the rows come. */
	static RowSink to(Writer out) {
		return new RowSink() {
			@Override
			public <R extends Record> void write(Class<R> type, Stream<R> rows) {
				Table<R> table = Table.of(type, List.of());
				CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
				Function<R, List<Object>> values = table.reader();
				// commons-csv writes a field at a time, a few characters each: buffered,
				// the
				// response's writer sees a block at a time
				try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(out, BUFFER), format)) {
					for (R row : (Iterable<R>) rows::iterator) {
						List<Object> cells = values.apply(row);
						cells.replaceAll(CsvTables::safe);
						printer.printRecord(cells);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
	}

	/**
	 * OWASP's rule against CSV injection: a text cell that starts with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
	 * apostrophe, which spreadsheets show as text and do not evaluate. Numbers stay
	 * numbers (a negative longitude is not a formula); quoting is commons-csv's.
	 */
	static Object safe(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty()) {
			char first = text.charAt(0);
			if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
				return "'" + text;
			}
		}
		return value;
	}

}
