package org.summittracker.nation.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.RecordForms;
import org.summittracker.system.References;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete nations, and add or remove the other names they go by from the
 * edit page. POST, validate, re-render with every error next to its field and the input
 * kept, or redirect with a flash message; a stale edit shows the conflict page; a delete
 * asks first and is refused while other records refer to the nation.
 */
@Controller
class NationAdminController {

	static final String FORM_VIEW = "admin/nations/form";

	static final String CONFLICT_VIEW = RecordForms.CONFLICT_VIEW;

	static final String DELETE_VIEW = DeletePage.VIEW;

	private final NationEditing editing;

	private final References references;

	private final MessageSource messages;

	NationAdminController(NationEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/nations/new")
	String newNation(Model model) {
		model.addAttribute("nationForm", new NationForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/nations")
	String create(@Valid @ModelAttribute("nationForm") NationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.check(form, null, result);
		return RecordForms.create(result, NationEditing.CONSTRAINT_FIELDS, () -> showForm(null, model),
				() -> saved(this.editing.create(form), redirect));
	}

	@GetMapping("/admin/nations/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("nationForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/nations/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("nationForm") NationForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		this.editing.check(form, id, result);
		return RecordForms.update(result, NationEditing.CONSTRAINT_FIELDS, () -> showForm(id, model),
				() -> saved(this.editing.update(id, form), redirect),
				() -> Conflict.ofEdit("/admin/nations/" + id, this.editing.formFor(id), NationForm::getVersion, form,
						"nation.form.", Map.of(), this.messages, locale),
				model, response);
	}

	@PostMapping("/admin/nations/{id}/names")
	String addOtherName(@PathVariable Long id, @Valid @ModelAttribute("nationNameForm") NationNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.editing.check(id, form, result);
		if (!result.hasErrors()) {
			try {
				NationName added = this.editing.addOtherName(id, form);
				redirect.addFlashAttribute("flashMessage", "nation.otherName.added");
				redirect.addFlashAttribute("flashArgument", added.getName());
				return "redirect:/admin/nations/" + id + "/edit";
			}
			catch (DataIntegrityViolationException ex) {
				ConstraintMessages.reject(ex, result, NationEditing.NAME_CONSTRAINT_FIELDS);
			}
		}
		model.addAttribute("nationForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/nations/{id}/names/{nameId}/delete")
	String removeOtherName(@PathVariable Long id, @PathVariable Long nameId, RedirectAttributes redirect) {
		NationName removed = this.editing.removeOtherName(id, nameId);
		if (removed != null) {
			redirect.addFlashAttribute("flashMessage", "nation.otherName.removed");
			redirect.addFlashAttribute("flashArgument", removed.getName());
		}
		return "redirect:/admin/nations/" + id + "/edit";
	}

	@GetMapping("/admin/nations/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Nation nation = this.editing.get(id);
		return DeletePage.confirm(model, nation.getName(), this.references.to("nation", id),
				"/admin/nations/" + id + "/delete", "/nations/" + nation.getSlug());
	}

	@PostMapping("/admin/nations/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Nation nation = this.editing.get(id);
		if (DeletePage.blocked(this.references.to("nation", id))) {
			return "redirect:/admin/nations/" + id + "/delete";
		}
		try {
			this.editing.delete(id);
		}
		catch (DataIntegrityViolationException ex) {
			// something came to refer to the nation since the check: the confirm page now
			// lists it
			return DeletePage.refused(redirect, nation.getName(), "/admin/nations/" + id + "/delete");
		}
		return DeletePage.done(redirect, nation.getName(), "/nations");
	}

	private String showForm(Long id, Model model) {
		Nation nation = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("nationId", id);
		model.addAttribute("nation", nation);
		if (id != null && !model.containsAttribute("nationNameForm")) {
			model.addAttribute("nationNameForm", new NationNameForm());
		}
		model.addAttribute("backUrl", (nation == null) ? "/nations" : "/nations/" + nation.getSlug());
		return FORM_VIEW;
	}

	private static String saved(Nation nation, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "nation.saved");
		redirect.addFlashAttribute("flashArgument", nation.getName());
		return "redirect:/nations/" + nation.getSlug();
	}

}
