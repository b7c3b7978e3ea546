package org.summittracker.historian;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Office of the Historian import for editors: the running import's progress, each
 * import's figures, the review queue with its decisions, and (for admins) importing the
 * bundled snapshot or a newer one from a folder or a web address.
 */
@Controller
class HistorianAdminController {

	static final String VIEW = "admin/historian";

	static final int PAGE_SIZE = 25;

	private final HistorianImports imports;

	private final ReviewQueue queue;

	HistorianAdminController(HistorianImports imports, ReviewQueue queue) {
		this.imports = imports;
		this.queue = queue;
	}

	@GetMapping("/admin/historian")
	String page(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "decided", defaultValue = "false") boolean decided, Model model) {
		return show(page, decided, model);
	}

	private String show(int page, boolean decided, Model model) {
		int current = Math.max(page, 1);
		long open = this.queue.openCount();
		long done = this.queue.decidedCount();
		long shown = decided ? done : open;
		model.addAttribute("status", this.imports.status());
		model.addAttribute("imports", this.imports.latest(10));
		model.addAttribute("items", this.queue.items(!decided, current - 1, PAGE_SIZE));
		model.addAttribute("openCount", open);
		model.addAttribute("decidedCount", done);
		model.addAttribute("decided", decided);
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE));
		return VIEW;
	}

	@PostMapping("/admin/historian/import")
	String start(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "visitsCommit", required = false) String visitsCommit,
			@RequestParam(name = "travelsCommit", required = false) String travelsCommit, Principal principal,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!request.isUserInRole("ADMIN")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			redirect.addFlashAttribute("historianError", "historian.import.adminsOnly");
			return "redirect:/admin/historian";
		}
		Snapshot snapshot;
		try {
			snapshot = (from == null || from.isBlank()) ? this.imports.bundled()
					: this.imports.from(from, visitsCommit, travelsCommit);
		}
		catch (MalformedSnapshotException | SnapshotDownload.SnapshotDownloadException ex) {
			// The form keeps what was typed, the problem shown next to the field.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("from", from);
			model.addAttribute("visitsCommit", visitsCommit);
			model.addAttribute("travelsCommit", travelsCommit);
			model.addAttribute("fromError", ex.getMessage());
			return show(1, false, model);
		}
		if (!this.imports.start(snapshot, principal.getName())) {
			redirect.addFlashAttribute("historianError", "historian.import.running");
		}
		return "redirect:/admin/historian";
	}

	@PostMapping("/admin/historian/reviews/{id}")
	String decide(@PathVariable long id, @RequestParam("decision") ReviewQueue.Decision decision,
			@RequestParam(name = "person", required = false) Long person,
			@RequestParam(name = "merged", required = false) Long merged, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.queue.decide(id, decision, person, merged, principal.getName());
			redirect.addFlashAttribute("historianDecided", decision.name());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("historianError", "historian.review.choose");
		}
		return "redirect:/admin/historian";
	}

}
