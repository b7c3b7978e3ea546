package org.summittracker.source.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.source.Source;
import org.summittracker.system.Edit;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sources editors cite: a list to find them (newest first, filtered by title or
 * publisher), and create, edit and delete with the same flow as every record. Sources
 * have no public page of their own, so a save returns to the list; a source still cited
 * cannot be deleted.
 */
@Controller
record SourceAdminController(SourceEditing editing) {

	private static final String FORM = "sourceForm";

	private static final String LIST_URL = "/admin/sources";

	private static final int PAGE_SIZE = 25;

	static final String LIST_VIEW = "admin/sources/list";

	@GetMapping({ "/admin/sources/new", "/admin/sources/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, Model model) {
		model.addAttribute("sourceId", id);
		model.addAttribute("backUrl", LIST_URL);
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, (id == null) ? new SourceForm() : SourceForm.from(this.editing.get(id)));
		}
		return "admin/sources/form";
	}

	@PostMapping({ "/admin/sources", "/admin/sources/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) SourceForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

	@GetMapping("/admin/sources")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Page<Source> results = this.editing.search(text, page - 1, PAGE_SIZE);
		model.addAttribute("results", results);
		model.addAttribute("citationCounts", this.editing.citationCounts(results));
		model.addAttribute("q", (text != null) ? text : "");
		return LIST_VIEW;
	}

}
