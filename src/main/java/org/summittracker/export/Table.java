package org.summittracker.export;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

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

	/**
	 * What reads the values of a row, in column order; the record's accessors are looked
	 * up once, not for every row of a long download.
	 */
	Function<R, List<Object>> reader() {
		Method[] accessors = Arrays.stream(this.type.getRecordComponents())
			.map(RecordComponent::getAccessor)
			.toArray(Method[]::new);
		return (row) -> {
			List<Object> values = new ArrayList<>(accessors.length);
			for (Method accessor : accessors) {
				values.add(value(accessor, row));
			}
			return values;
		};
	}

	private static Object value(Method accessor, Record row) {
		try {
			return accessor.invoke(row);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + accessor.getName() + " of " + row, ex);
		}
	}

}
