package org.summittracker.summit.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.Edit;

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
 * edit shows the conflict page; a delete asks first and is refused while meetings sit on
 * the summit's sidelines.
 */
@Controller
record SummitAdminController(SummitEditing editing) {

	static final String FORM = "summitForm";

	/** A summit; new with {@code ?parent=}, a meeting on that summit's sidelines. */
	@GetMapping({ "/admin/summits/new", "/admin/summits/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id,
			@RequestParam(name = "parent", required = false) Long parentId, Model model) {
		Summit summit = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("summitId", id);
		model.addAttribute("summit", summit);
		model.addAttribute("backUrl", (summit == null) ? "/summits" : "/summits/" + summit.getSlug());
		model.addAttribute("kinds", SummitKind.values());
		model.addAttribute("statuses", SummitStatus.values());
		model.addAttribute("organizations", this.editing.organizationOptions());
		model.addAttribute("nations", this.editing.nationOptions());
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, (summit != null) ? SummitForm.from(summit)
					: SummitForm.onSidelinesOf((parentId != null) ? this.editing.get(parentId) : null));
		}
		model.addAttribute("parents", this.editing.parentOptions(((SummitForm) model.getAttribute(FORM)).parent));
		return "admin/summits/form";
	}

	@PostMapping({ "/admin/summits", "/admin/summits/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) SummitForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, null, model) : edit.answer(model, redirect, response);
	}

}
