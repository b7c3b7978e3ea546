package org.summittracker.system;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message the page after a redirect shows once ("Turkey saved."): a message key and
 * the record it names, as the layout reads them from {@code flashMessage} and
 * {@code flashArgument}.
 */
public final class Flash {

	private Flash() {
	}

	/** Says {@code messageKey} about {@code argument} on the next page. */
	public static void message(RedirectAttributes redirect, String messageKey, Object argument) {
		redirect.addFlashAttribute("flashMessage", messageKey);
		redirect.addFlashAttribute("flashArgument", argument);
	}

	/**
	 * Says {@code messageKey} about {@code argument} on the page at {@code url}.
	 * @return the view that redirects there
	 */
	public static String redirect(RedirectAttributes redirect, String url, String messageKey, Object argument) {
		return new Message(url, messageKey, argument).redirect(redirect);
	}

	/**
	 * A message for the page at {@code url}.
	 *
	 * @param url where the redirect goes
	 * @param key the message key
	 * @param argument the record it names
	 */
	public record Message(String url, String key, Object argument) {

		/** Says the message on the page at its URL; the view that redirects there. */
		public String redirect(RedirectAttributes redirect) {
			message(redirect, this.key, this.argument);
			return "redirect:" + this.url;
		}

	}

}
