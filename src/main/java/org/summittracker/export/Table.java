package org.summittracker.export;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of one kind as an export writes them: the record's components are the columns, in
 * declaration order, named in snake_case (as in the JSON export of the same rows), so CSV
 * and JSON always carry the same columns.
 */
public record Table<R extends Record>(Class<R> type, List<R> rows) {

	public static <R extends Record> Table<R> of(Class<R> type, List<R> rows) {
		return new Table<>(type, rows);
	}

	/** The column names, e.g. {@code summit_slug, summit_name, ...}. */
	public List<String> columns() {
		return Arrays.stream(this.type.getRecordComponents())
			.map((component) -> ExportJson.NAMING.name(component.getName()))
			.toList();
	}

	/** The values of one row, in column order. */
	List<Object> values(R row) {
		return Arrays.stream(this.type.getRecordComponents()).map((component) -> value(component, row)).toList();
	}

	private static Object value(RecordComponent component, Record row) {
		try {
			return component.getAccessor().invoke(row);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + row, ex);
		}
	}

}
