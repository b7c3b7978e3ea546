package org.summittracker.history;

import java.util.Locale;

import org.summittracker.system.InvalidInputException;
import org.summittracker.system.PageNumbers;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.StaleEditException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each record's history for every reader; restoring an earlier version and the
 * recent-changes feed for editors.
 */
@Controller
class HistoryController {

	static final String RECORD_VIEW = "history/record";

	static final String FEED_VIEW = "history/changes";

	static final int FEED_PAGE = 50;

	private final HistoryService history;

	HistoryController(HistoryService history) {
		this.history = history;
	}

	@GetMapping("/history/{kind}/{id}")
	String record(@PathVariable String kind, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("history", this.history.history(kindOf(kind), id, locale));
		return RECORD_VIEW;
	}

	@PostMapping("/admin/history/{kind}/{id}/restore")
	String restore(@PathVariable String kind, @PathVariable long id, @RequestParam long revision,
			@RequestParam long version, RedirectAttributes redirect) {
		if (revision <= 0) {
			throw new InvalidInputException("revision", revision);
		}
		try {
			this.history.restore(kindOf(kind), id, revision, version);
			redirect.addFlashAttribute("flashMessage", "history.restored");
			redirect.addFlashAttribute("flashArgument", revision);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "history.restore.stale");
		}
		catch (DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("flashError", "history.restore.refused");
		}
		return "redirect:/history/" + kind + "/" + id;
	}

	@GetMapping("/admin/changes")
	String changes(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		int current = Math.max(page, 1);
		var entries = this.history.recentChanges(FEED_PAGE + 1, PageNumbers.offset(current, FEED_PAGE));
		model.addAttribute("entries", entries.subList(0, Math.min(FEED_PAGE, entries.size())));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() > FEED_PAGE);
		return FEED_VIEW;
	}

	private static RecordKind kindOf(String slug) {
		return RecordKind.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("kind of record", slug));
	}

}
