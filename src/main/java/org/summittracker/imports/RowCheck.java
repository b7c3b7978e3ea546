package org.summittracker.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.summittracker.system.PartialDate;
import org.summittracker.system.PartialDates;

/**
 * Reads one row's values the way the forms read their fields (required values, enum
 * names, partial dates, lengths), collecting every problem instead of stopping at the
 * first.
 */
final class RowCheck {

	/** The longest note the forms accept. */
	static final int NOTE_LENGTH = 2000;

	private final CsvFile file;

	private final CsvFile.Row row;

	private final List<Preview.Problem> problems = new ArrayList<>();

	RowCheck(CsvFile file, CsvFile.Row row) {
		this.file = file;
		this.row = row;
		if (!file.fits(row)) {
			this.problems.add(new Preview.Problem(null,
					CsvFile.problem("imports.row.width", row.values().size(), file.header().size())));
		}
	}

	int line() {
		return this.row.line();
	}

	/** The value in a column, empty if the row or the header has none. */
	String text(String column) {
		return this.file.value(this.row, column);
	}

	/** The value, or null with a problem when it is blank. */
	String required(String column) {
		String value = text(column);
		if (value.isEmpty()) {
			reject(column, "NotBlank");
			return null;
		}
		return value;
	}

	/**
	 * The enum constant a value names, case and spaces aside ("head of state" is
	 * HEAD_OF_STATE).
	 */
	<E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
		String value = required ? required(column) : text(column);
		if (value == null || value.isEmpty()) {
			return null;
		}
		String name = value.strip().toUpperCase().replaceAll("[\\s-]+", "_");
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		reject(column, "imports.choice.unknown", value,
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		return null;
	}

	/**
	 * A partial date ("2024", "2024-07", "2024-07-03"), or null when blank or unreadable
	 * (with a problem).
	 */
	PartialDate date(String column) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches(PartialDates.PATTERN)) {
			reject(column, "imports.date.format", value);
			return null;
		}
		if (!PartialDates.isValid(value)) {
			reject(column, "organization.date.invalid");
			return null;
		}
		return PartialDates.parseOrNull(value);
	}

	/**
	 * A note as the forms keep it: trimmed, null when blank, at most {@link #NOTE_LENGTH}
	 * characters.
	 */
	String note(String column) {
		String value = text(column);
		if (value.length() > NOTE_LENGTH) {
			reject(column, "imports.tooLong", NOTE_LENGTH);
		}
		return value.isEmpty() ? null : value;
	}

	/**
	 * The record a value names, or null: with a problem when a required value is blank or
	 * the name finds nothing.
	 */
	Names.Found find(String column, boolean required, Function<String, Optional<Names.Found>> lookup,
			String unknownCode) {
		String value = required ? required(column) : text(column);
		if (value == null || value.isEmpty()) {
			return null;
		}
		Optional<Names.Found> found = lookup.apply(value);
		if (found.isEmpty()) {
			reject(column, unknownCode, value);
		}
		return found.orElse(null);
	}

	void reject(String column, String code, Object... arguments) {
		this.problems.add(new Preview.Problem(column, CsvFile.problem(code, arguments)));
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	boolean hasProblems(String column) {
		return this.problems.stream().anyMatch((p) -> column.equals(p.column()));
	}

	Preview.Row result() {
		return new Preview.Row(this.row.line(), this.row.values(), List.copyOf(this.problems));
	}

}
