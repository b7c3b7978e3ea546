package org.summittracker.system;

import java.util.Map;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;

/**
 * Turns a database constraint violation into the same kind of message a form shows for
 * its own checks: the constraint's name picks the message ({@code constraint.<name>} in
 * messages.properties) and the field it belongs to. Uniqueness and overlap are checked by
 * the database alone: a form saves, and a violated constraint comes back here as a
 * message on the field to fix.
 * <p>
 * The field follows from PostgreSQL's constraint names, {@code
 *
<table>
 * _<columns>_key} or {@code _check}: {@code nation_iso_alpha2_key} lands on the form's
 * {@code isoAlpha2}, {@code attendance_person_id_fkey} on {@code person}. A constraint
 * named otherwise (an exclusion constraint, a check across columns) is mapped by the
 * caller.
 */
public final class ConstraintMessages {

	private ConstraintMessages() {
	}

	/** The violated constraint's name, if PostgreSQL reported one. */
	public static String constraintOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof PSQLException psql) {
				ServerErrorMessage message = psql.getServerErrorMessage();
				return (message != null) ? message.getConstraint() : null;
			}
		}
		return null;
	}

	/** Adds the violation to the form's errors, on the field its name points at. */
	public static void reject(DataIntegrityViolationException failure, BindingResult result) {
		reject(failure, result, Map.of());
	}

	/**
	 * Adds the violation to the form's errors: on the mapped field, else on the field its
	 * name points at, else as a form-wide error.
	 * @param fields constraint name to the form field it concerns, where the name does
	 * not say
	 */
	public static void reject(DataIntegrityViolationException failure, BindingResult result,
			Map<String, String> fields) {
		String constraint = constraintOf(failure);
		String code = (constraint != null) ? "constraint." + constraint : "constraint.unknown";
		String field = (constraint != null) ? fields.getOrDefault(constraint, fieldNamed(constraint, result)) : null;
		if (field != null) {
			result.rejectValue(field, code, "This conflicts with data already saved.");
		}
		else {
			result.reject(code, "This conflicts with data already saved.");
		}
	}

	/**
	 * The form field a constraint's name points at: the longest run of its last words
	 * that names a field ({@code nation_iso_alpha2_key} to {@code isoAlpha2}), a foreign
	 * key's column without its {@code _id} ({@code person_id} to {@code person}).
	 */
	static String fieldNamed(String constraint, BindingResult result) {
		String name = constraint.replaceFirst("_(key|check|fkey|excl)$", "");
		String[] words = name.split("_");
		for (int first = 0; first < words.length; first++) {
			String field = camel(words, first, words.length);
			if (isField(field, result)) {
				return field;
			}
			if (words[words.length - 1].equals("id") && words.length - first > 1) {
				String reference = camel(words, first, words.length - 1);
				if (isField(reference, result)) {
					return reference;
				}
			}
		}
		return null;
	}

	private static String camel(String[] words, int from, int to) {
		StringBuilder field = new StringBuilder(words[from]);
		for (int i = from + 1; i < to; i++) {
			field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return field.toString();
	}

	private static boolean isField(String field, BindingResult result) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
