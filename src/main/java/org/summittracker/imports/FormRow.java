package org.summittracker.imports;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * One row of a file as the record's form object: bound from the row's values the way the
 * form binds a request, then checked by the form's own validation. What the file names
 * its own way (a summit's address, an organization's acronym, a choice written "head of
 * state") is read here; a value that cannot be read is a binding failure on its field, as
 * a mistyped date is on the form. Every error becomes a reason for the row, in the order
 * of the file's columns; a message under {@code imports.<code>} words it for a file
 * instead of a form, with the value in the file as its last argument.
 */
final class FormRow {

	private final CsvFile file;

	private final CsvFile.Row row;

	private final DataBinder binder;

	/** The column of each form field whose column is named otherwise. */
	private final Map<String, String> columns;

	FormRow(CsvFile file, CsvFile.Row row, DataBinder binder, Map<String, String> columns) {
		this.file = file;
		this.row = row;
		this.binder = binder;
		this.columns = columns;
		if (!file.fits(row)) {
			errors().reject("imports.row.width", new Object[] { row.values().size(), file.header().size() }, null);
		}
	}

	int line() {
		return this.row.line();
	}

	BindingResult errors() {
		return this.binder.getBindingResult();
	}

	/** The value in a form field's column, empty if the row or the header has none. */
	String text(String field) {
		return this.file.value(this.row, column(field));
	}

	/**
	 * Binds the values (field to value, a blank one as no value) and validates the form.
	 */
	void bind(Map<String, ?> values) {
		this.binder.bind(new MutablePropertyValues(values));
		this.binder.validate();
	}

	/**
	 * An error on the field's column; a binding failure, as a value the form cannot read
	 * is, so the form's own checks of the field stay quiet.
	 */
	void reject(String field, String code, Object... arguments) {
		errors().addError(new FieldError(errors().getObjectName(), field, text(field), true, new String[] { code },
				arguments, null));
	}

	/**
	 * The name of the enum constant a value names, case and spaces aside ("head of state"
	 * is HEAD_OF_STATE); null when blank or unknown (a binding failure).
	 */
	<E extends Enum<E>> String choice(String field, Class<E> type) {
		String value = text(field);
		if (value.isEmpty()) {
			return null;
		}
		String name = value.toUpperCase().replaceAll("[\\s-]+", "_");
		if (Arrays.stream(type.getEnumConstants()).anyMatch((c) -> c.name().equals(name))) {
			return name;
		}
		reject(field, "imports.choice.unknown", value,
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		return null;
	}

	/**
	 * The record a value names, or null: a binding failure when the name finds nothing.
	 */
	Names.Found find(String field, Function<String, Optional<Names.Found>> lookup, String unknownCode) {
		String value = text(field);
		if (value.isEmpty()) {
			return null;
		}
		Optional<Names.Found> found = lookup.apply(value);
		if (found.isEmpty()) {
			reject(field, unknownCode, value);
		}
		return found.orElse(null);
	}

	Preview.Row result() {
		Comparator<Preview.Problem> byColumn = Comparator
			.comparingInt((p) -> (p.column() != null) ? this.file.position(p.column()) : -1);
		List<Preview.Problem> problems = errors().getAllErrors()
			.stream()
			.map((e) -> new Preview.Problem((e instanceof FieldError f) ? column(f.getField()) : null, message(e)))
			.sorted(byColumn)
			.toList();
		return new Preview.Row(this.row.line(), this.row.values(), problems);
	}

	private String column(String field) {
		return this.columns.getOrDefault(field, field);
	}

	private static MessageSourceResolvable message(ObjectError error) {
		Object value = (error instanceof FieldError f) ? f.getRejectedValue() : null;
		Object[] arguments = (error.getArguments() != null) ? error.getArguments() : new Object[0];
		return new DefaultMessageSourceResolvable(
				Stream.concat(Arrays.stream(error.getCodes()).map("imports."::concat), Arrays.stream(error.getCodes()))
					.toArray(String[]::new),
				Stream.concat(Arrays.stream(arguments), Stream.of(value)).toArray(), error.getDefaultMessage());
	}

}
