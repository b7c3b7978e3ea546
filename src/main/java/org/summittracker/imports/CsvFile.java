package org.summittracker.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A CSV text read with commons-csv (RFC 4180: commas, double quotes, values over several
 * lines): its header mapped to the kind's columns, and its rows with the line each starts
 * on. What makes the file as a whole unusable (unreadable quotes, missing or unknown
 * columns, no rows) is listed in {@link #problems()}; rows are checked elsewhere.
 */
final class CsvFile {

	/** More rows than an editor can review in one preview. */
	static final int MAX_ROWS = 2000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setTrim(true)
		.get();

	private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline|line:?)\\s*([\\d,]+)");

	private final List<String> header;

	private final Map<String, Integer> positions;

	private final List<Row> rows;

	private final List<MessageSourceResolvable> problems;

	private CsvFile(List<String> header, Map<String, Integer> positions, List<Row> rows,
			List<MessageSourceResolvable> problems) {
		this.header = header;
		this.positions = positions;
		this.rows = rows;
		this.problems = problems;
	}

	/** Reads the text as a file of the given kind; never throws for what a user typed. */
	static CsvFile read(ImportKind kind, String text) {
		List<MessageSourceResolvable> problems = new ArrayList<>();
		String csv = (text == null) ? "" : text.replace("\uFEFF", "");
		if (csv.isBlank()) {
			problems.add(problem("imports.csv.required"));
			return new CsvFile(List.of(), Map.of(), List.of(), problems);
		}
		List<String> header = List.of();
		List<Row> rows = new ArrayList<>();
		boolean tooMany = false;
		try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
			long lastLine = 0;
			Lines lines = new Lines(csv);
			try {
				for (CSVRecord record : parser) {
					if (header.isEmpty()) {
						header = record.toList();
					}
					else if (!record.toList().stream().allMatch(String::isEmpty)) {
						if (rows.size() == MAX_ROWS) {
							// reading stops here: a preview past the limit would only be
							// refused
							tooMany = true;
							break;
						}
						rows.add(new Row(lines.lineOf(record.getCharacterPosition()), record.toList()));
					}
					lastLine = parser.getCurrentLineNumber();
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				problems.add(problem("imports.csv.malformed", lineOfFailure(ex, lastLine + 1)));
				return new CsvFile(header, Map.of(), List.of(), problems);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Integer> positions = mapHeader(kind, header, problems);
		if (rows.isEmpty()) {
			problems.add(problem("imports.csv.empty"));
		}
		if (tooMany) {
			problems.add(problem("imports.csv.tooMany", MAX_ROWS));
		}
		return new CsvFile(header, positions, rows, problems);
	}

	/**
	 * Which position each known column has; unknown, repeated and missing required
	 * columns are problems.
	 */
	private static Map<String, Integer> mapHeader(ImportKind kind, List<String> header,
			List<MessageSourceResolvable> problems) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			Optional<ImportKind.Column> column = kind.column(header.get(i));
			if (column.isEmpty()) {
				problems.add(problem("imports.columns.unknown", header.get(i),
						String.join(", ", kind.layout().columnNames())));
			}
			else if (positions.putIfAbsent(column.get().name(), i) != null) {
				problems.add(problem("imports.columns.duplicate", column.get().name()));
			}
		}
		for (ImportKind.Column column : kind.layout().columns()) {
			if (column.required() && !positions.containsKey(column.name())) {
				problems.add(problem("imports.columns.missing", column.name()));
			}
		}
		return positions;
	}

	/**
	 * The line each record starts on, counting the empty lines before it that the parser
	 * skipped. Records come in order, so the text is scanned once, from the previous
	 * record on.
	 */
	private static final class Lines {

		private final String csv;

		private int position;

		private int line = 1;

		Lines(String csv) {
			this.csv = csv;
		}

		int lineOf(long characterPosition) {
			int target = (int) Math.min(characterPosition, this.csv.length());
			while (target < this.csv.length() && (this.csv.charAt(target) == '\n' || this.csv.charAt(target) == '\r')) {
				target++;
			}
			for (; this.position < target; this.position++) {
				if (this.csv.charAt(this.position) == '\n') {
					this.line++;
				}
			}
			return this.line;
		}

	}

	/** The line commons-csv names in its message, or the line after the last one read. */
	private static long lineOfFailure(RuntimeException failure, long fallback) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			Matcher matcher = (t.getMessage() != null) ? LINE_IN_MESSAGE.matcher(t.getMessage()) : null;
			if (matcher != null && matcher.find()) {
				return Long.parseLong(matcher.group(1).replace(",", ""));
			}
		}
		return fallback;
	}

	static MessageSourceResolvable problem(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/** The header cells as the file has them. */
	List<String> header() {
		return this.header;
	}

	List<Row> rows() {
		return this.rows;
	}

	List<MessageSourceResolvable> problems() {
		return this.problems;
	}

	/**
	 * A row's value in a column, trimmed; empty when the column or the value is missing.
	 */
	String value(Row row, String column) {
		Integer position = this.positions.get(column);
		return (position != null && position < row.values().size()) ? row.values().get(position) : "";
	}

	/** Where the header has the column; after the others when it has not. */
	int position(String column) {
		return this.positions.getOrDefault(column, Integer.MAX_VALUE);
	}

	/** Whether the row has as many values as the header has columns. */
	boolean fits(Row row) {
		return row.values().size() == this.header.size();
	}

	/** A row of values and the line of the file it starts on. */
	record Row(int line, List<String> values) {

	}

}
