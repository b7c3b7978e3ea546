package org.summittracker.summit.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.Conflict;
import org.summittracker.system.DeletePage;
import org.summittracker.system.RecordForms;
import org.summittracker.system.References;

import org.springframework.context.MessageSource;
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
 * Create, edit and delete summits and meetings. POST, validate, re-render with every
 * error next to its field and the input kept, or redirect with a flash message; a stale
 * edit shows the conflict page; a delete asks first.
 */
@Controller
class SummitAdminController {

	static final String FORM_VIEW = "admin/summits/form";

	static final String CONFLICT_VIEW = RecordForms.CONFLICT_VIEW;

	static final String DELETE_VIEW = DeletePage.VIEW;

	private final SummitEditing editing;

	private final References references;

	private final MessageSource messages;

	SummitAdminController(SummitEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/summits/new")
	String newSummit(@RequestParam(name = "parent", required = false) Long parentId, Model model) {
		SummitForm form = new SummitForm();
		if (parentId != null) {
			Summit parent = this.editing.get(parentId);
			form.setKind(SummitKind.BILATERAL_MEETING);
			form.setParentId(parentId);
			form.setStartDate(parent.getStartDate());
			form.setEndDate(parent.getStartDate());
			form.setHostNationId((parent.getHostNation() != null) ? parent.getHostNation().getId() : null);
			form.setCity(parent.getCity());
		}
		model.addAttribute("summitForm", form);
		return showForm(null, model);
	}

	@PostMapping("/admin/summits")
	String create(@Valid @ModelAttribute("summitForm") SummitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.check(form, null, result);
		return RecordForms.create(result, SummitEditing.CONSTRAINT_FIELDS, () -> showForm(null, model),
				() -> saved(this.editing.create(form), redirect));
	}

	@GetMapping("/admin/summits/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("summitForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/summits/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("summitForm") SummitForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		this.editing.check(form, id, result);
		return RecordForms.update(result, SummitEditing.CONSTRAINT_FIELDS, () -> showForm(id, model),
				() -> saved(this.editing.update(id, form), redirect),
				() -> Conflict.ofEdit("/admin/summits/" + id, this.editing.formFor(id), SummitForm::getVersion, form,
						"summit.form.", choices(), this.messages, locale),
				model, response);
	}

	@GetMapping("/admin/summits/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Summit summit = this.editing.get(id);
		return DeletePage.confirm(model, summit.getName(), this.references.to("summit", id),
				"/admin/summits/" + id + "/delete", "/summits/" + summit.getSlug());
	}

	@PostMapping("/admin/summits/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Summit summit = this.editing.get(id);
		if (DeletePage.blocked(this.references.to("summit", id))) {
			return "redirect:/admin/summits/" + id + "/delete";
		}
		this.editing.delete(id);
		return DeletePage.done(redirect, summit.getName(), "/summits");
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("summitId", id);
		model.addAttribute("backUrl", (id == null) ? "/summits" : "/summits/" + this.editing.get(id).getSlug());
		model.addAttribute("kinds", SummitKind.values());
		model.addAttribute("statuses", SummitStatus.values());
		model.addAttribute("organizations", this.editing.organizationOptions());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("parents", this.editing.parentOptions());
		return FORM_VIEW;
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("organizationId", Conflict.labels(this.editing.organizationOptions()), "hostNationId",
				Conflict.labels(this.editing.nationOptions()), "parentId",
				Conflict.labels(this.editing.parentOptions()));
	}

	private static String saved(Summit summit, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "summit.saved");
		redirect.addFlashAttribute("flashArgument", summit.getName());
		return "redirect:/summits/" + summit.getSlug();
	}

}
