package org.summittracker.system;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps every admin delete shares: the confirm page that lists what would go with the
 * record and what blocks its deletion (from {@link References}), and the flash messages
 * after the delete is done or refused.
 */
public final class DeletePage {

	/** The confirm page. */
	public static final String VIEW = "admin/delete";

	private DeletePage() {
	}

	/**
	 * Fills the confirm page.
	 * @param label how the page and its messages name the record: a text, or a message
	 * the page resolves
	 * @param references what refers to the record ({@link References#to})
	 * @param deleteUrl where the confirm button posts
	 * @param backUrl where Cancel goes
	 * @return the view
	 */
	public static String confirm(Model model, Object label, List<References.Reference> references, String deleteUrl,
			String backUrl) {
		model.addAttribute("label", label);
		model.addAttribute("blocking", References.blocking(references));
		model.addAttribute("owned", References.owned(references));
		model.addAttribute("deleteUrl", deleteUrl);
		model.addAttribute("backUrl", backUrl);
		return VIEW;
	}

	/**
	 * Back to the confirm page, which lists what blocks the delete, with a message saying
	 * it was refused.
	 */
	public static String refused(RedirectAttributes redirect, Object label, String confirmUrl) {
		redirect.addFlashAttribute("flashError", "delete.refused");
		redirect.addFlashAttribute("flashArgument", label);
		return "redirect:" + confirmUrl;
	}

	/**
	 * Runs the delete and goes on to {@code nextUrl} saying so; when the database refuses
	 * it, because something still refers to the record, back to the confirm page, which
	 * lists what does.
	 */
	public static String tryDelete(RedirectAttributes redirect, Object label, String confirmUrl, String nextUrl,
			Runnable delete) {
		try {
			delete.run();
		}
		catch (DataIntegrityViolationException ex) {
			return refused(redirect, label, confirmUrl);
		}
		return done(redirect, label, nextUrl);
	}

	/** On to {@code nextUrl} with a message saying the record was deleted. */
	public static String done(RedirectAttributes redirect, Object label, String nextUrl) {
		redirect.addFlashAttribute("flashMessage", "delete.done");
		redirect.addFlashAttribute("flashArgument", label);
		return "redirect:" + nextUrl;
	}

}
