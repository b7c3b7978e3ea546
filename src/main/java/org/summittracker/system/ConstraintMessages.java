package org.summittracker.system;

import java.util.Map;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;

/**
 * Turns a database constraint violation into the same kind of message a form shows for
 * its own checks: the constraint's name picks the message ({@code constraint.<name>} in
 * messages.properties) and the field it belongs to. The forms check these rules first;
 * this is the last line of defence when two edits race.
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

	/**
	 * Adds the violation to the form's errors: on the mapped field, or as a form-wide
	 * error.
	 * @param fields constraint name to the form field it concerns
	 */
	public static void reject(DataIntegrityViolationException failure, BindingResult result,
			Map<String, String> fields) {
		String constraint = constraintOf(failure);
		String code = (constraint != null) ? "constraint." + constraint : "constraint.unknown";
		String field = (constraint != null) ? fields.get(constraint) : null;
		if (field != null) {
			result.rejectValue(field, code, "This conflicts with data already saved.");
		}
		else {
			result.reject(code, "This conflicts with data already saved.");
		}
	}

}
