package org.summittracker.source.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.source.Source;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.Flash;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.dao.OptimisticLockingFailureException;
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
class SourceAdminController {

	private static final String FORM = "sourceForm";

	private static final String LIST_URL = "/admin/sources";

	private static final int PAGE_SIZE = 25;

	private final SourceEditing editing;

	SourceAdminController(SourceEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/sources")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Page<Source> results = this.editing.search(text, page - 1, PAGE_SIZE);
		model.addAttribute("results", results);
		model.addAttribute("citationCounts", this.editing.citationCounts(results));
		model.addAttribute("q", (text != null) ? text : "");
		return "admin/sources/list";
	}

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
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			Source source = this.editing.save(id, form);
			return Flash.redirect(redirect, LIST_URL, "source.saved", source.getTitle());
		}
		catch (OptimisticLockingFailureException ex) {
			return Conflict.ofEdit("/admin/sources/" + id, SourceForm.from(this.editing.get(id)), form, "source.form.")
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, SourceEditing.CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
	}

	@GetMapping("/admin/sources/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Source source = this.editing.get(id);
		return DeletePage.confirm(model, source.getTitle(), this.editing.references(id),
				"/admin/sources/" + id + "/delete", LIST_URL);
	}

	@PostMapping("/admin/sources/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		// while citations name it, the database refuses and the confirm page lists them
		return DeletePage.tryDelete(redirect, this.editing.get(id).getTitle(), "/admin/sources/" + id + "/delete",
				LIST_URL, () -> this.editing.delete(id));
	}

}
