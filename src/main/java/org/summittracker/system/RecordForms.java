package org.summittracker.system;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The POST step every admin form shares, after the record's own checks have run:
 * re-render the form while it has errors, otherwise save; a constraint the database
 * enforces lands on its field as a form error, and (for an update) a stale edit answers
 * 409 with the conflict page. The controllers say what to save, how to show the form and
 * how to build the conflict; this class only says what happens when.
 */
public final class RecordForms {

	/** The page that compares a stale edit with the saved record. */
	public static final String CONFLICT_VIEW = "admin/conflict";

	private RecordForms() {
	}

	/**
	 * Saves a new record unless the form has errors.
	 * @param constraintFields constraint name to the form field it concerns, for
	 * {@link ConstraintMessages}
	 * @param showForm re-renders the form (with its errors); returns the view
	 * @param save saves the record; returns where to go next
	 */
	public static String create(BindingResult result, Map<String, String> constraintFields, Supplier<String> showForm,
			Supplier<String> save) {
		if (result.hasErrors()) {
			return showForm.get();
		}
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, constraintFields);
			return showForm.get();
		}
	}

	/**
	 * Saves the changes to a record unless the form has errors; a stale edit shows the
	 * conflict page.
	 * @param constraintFields constraint name to the form field it concerns, for
	 * {@link ConstraintMessages}
	 * @param showForm re-renders the form (with its errors); returns the view
	 * @param save saves the record; returns where to go next
	 * @param conflict the saved version next to the editor's input, asked for only when
	 * the edit was stale
	 */
	public static String update(BindingResult result, Map<String, String> constraintFields, Supplier<String> showForm,
			Supplier<String> save, Supplier<Conflict> conflict, Model model, HttpServletResponse response) {
		if (result.hasErrors()) {
			return showForm.get();
		}
		try {
			return save.get();
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", conflict.get());
			return CONFLICT_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, constraintFields);
			return showForm.get();
		}
	}

}
