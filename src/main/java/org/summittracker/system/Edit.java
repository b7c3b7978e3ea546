package org.summittracker.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an admin form's post came to ({@link RecordEditing#submit}): the record saved, the
 * form refused with every error on its field (its own checks, or a database constraint),
 * or a stale edit, which the conflict page answers.
 */
public final class Edit {

	private final Flash.Message saved;

	private final Conflict conflict;

	private Edit(Flash.Message saved, Conflict conflict) {
		this.saved = saved;
		this.conflict = conflict;
	}

	static Edit saved(Flash.Message message) {
		return new Edit(message, null);
	}

	static Edit stale(Conflict conflict) {
		return new Edit(null, conflict);
	}

	static Edit refused() {
		return new Edit(null, null);
	}

	/** Whether the form is shown again, with its errors next to their fields. */
	public boolean isRefused() {
		return this.saved == null && this.conflict == null;
	}

	/**
	 * A saved record: on to its page saying so (post, redirect, get); a stale edit: 409
	 * and the conflict page.
	 */
	public String answer(Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (this.conflict != null) {
			return this.conflict.show(model, response);
		}
		if (this.saved == null) {
			throw new IllegalStateException("A refused form is shown again, not answered");
		}
		return this.saved.redirect(redirect);
	}

}
