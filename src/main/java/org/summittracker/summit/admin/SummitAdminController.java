package org.summittracker.summit.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.Flash;

import org.springframework.dao.DataIntegrityViolationException;
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
 * Create, edit and delete summits and meetings. POST, validate, re-render with every
 * error next to its field and the input kept, or redirect with a flash message; a stale
 * edit shows the conflict page; a delete asks first and is refused while meetings sit on
 * the summit's sidelines.
 */
@Controller
class SummitAdminController {

	static final String FORM = "summitForm";

	private final SummitEditing editing;

	SummitAdminController(SummitEditing editing) {
		this.editing = editing;
	}

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
		if (result.hasErrors()) {
			return showForm(id, null, model);
		}
		try {
			Summit summit = this.editing.save(id, form);
			return Flash.redirect(redirect, "/summits/" + summit.getSlug(), "summit.saved", summit.getName());
		}
		catch (OptimisticLockingFailureException ex) {
			Map<String, Map<String, String>> choices = Map.of("organization",
					Conflict.labels(this.editing.organizationOptions()), "hostNation",
					Conflict.labels(this.editing.nationOptions()), "parent",
					Conflict.labels(this.editing.parentOptions(form.parent)));
			return Conflict
				.ofEdit("/admin/summits/" + id, SummitForm.from(this.editing.get(id)), form, "summit.form.", choices)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, SummitEditing.CONSTRAINT_FIELDS);
			return showForm(id, null, model);
		}
	}

	@GetMapping("/admin/summits/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Summit summit = this.editing.get(id);
		return DeletePage.confirm(model, summit.getName(), this.editing.references(id),
				"/admin/summits/" + id + "/delete", "/summits/" + summit.getSlug());
	}

	@PostMapping("/admin/summits/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		// while meetings sit on its sidelines, the database refuses and the confirm page
		// lists them
		return DeletePage.tryDelete(redirect, this.editing.get(id).getName(), "/admin/summits/" + id + "/delete",
				"/summits", () -> this.editing.delete(id));
	}

}
