package org.summittracker.summit.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.References;
import org.summittracker.system.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	static final String FORM = "summitForm";

	private final SummitEditing editing;

	private final References references;

	private final MessageSource messages;

	SummitAdminController(SummitEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	/**
	 * A new summit, or with {@code parent} a meeting on its sidelines, where and when it
	 * is.
	 */
	@GetMapping("/admin/summits/new")
	String newSummit(@RequestParam(name = "parent", required = false) Long parentId, Model model) {
		SummitForm form = new SummitForm();
		if (parentId != null) {
			Summit parent = this.editing.get(parentId);
			form.kind = SummitKind.BILATERAL_MEETING;
			form.parent = parent;
			form.startDate = parent.getStartDate();
			form.endDate = parent.getStartDate();
			form.hostNation = parent.getHostNation();
			form.city = parent.getCity();
		}
		model.addAttribute(FORM, form);
		return showForm(null, model);
	}

	@PostMapping("/admin/summits")
	String create(@Valid @ModelAttribute(FORM) SummitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, SummitEditing.CONSTRAINT_FIELDS);
			return showForm(null, model);
		}
	}

	@GetMapping("/admin/summits/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/summits/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) SummitForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return Conflict
				.ofEdit("/admin/summits/" + id, this.editing.formFor(id), form, "summit.form.", choices(),
						this.messages, locale)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, SummitEditing.CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
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
		try {
			this.editing.delete(id);
		}
		catch (DataIntegrityViolationException ex) {
			// a meeting came to sit on its sidelines since the check: the confirm page
			// now lists it
			return DeletePage.refused(redirect, summit.getName(), "/admin/summits/" + id + "/delete");
		}
		return DeletePage.done(redirect, summit.getName(), "/summits");
	}

	private String showForm(Long id, Model model) {
		Summit summit = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("summitId", id);
		model.addAttribute("summit", summit);
		model.addAttribute("backUrl", (summit == null) ? "/summits" : "/summits/" + summit.getSlug());
		model.addAttribute("kinds", SummitKind.values());
		model.addAttribute("statuses", SummitStatus.values());
		model.addAttribute("organizations", this.editing.organizationOptions());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("parents", this.editing.parentOptions());
		return "admin/summits/form";
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("organization", Conflict.labels(this.editing.organizationOptions()), "hostNation",
				Conflict.labels(this.editing.nationOptions()), "parent", Conflict.labels(this.editing.parentOptions()));
	}

	private static String saved(Summit summit, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "summit.saved");
		redirect.addFlashAttribute("flashArgument", summit.getName());
		return "redirect:/summits/" + summit.getSlug();
	}

}
