package org.summittracker.organization.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete organizations. POST, validate, re-render with every error next to its field and the input
 * kept, or redirect with a flash message; a stale edit shows the conflict page; a delete asks first and is refused
 * while memberships, offices or summits refer to the organization.
 */
@Controller
class OrganizationAdminController {

	static final String FORM_VIEW = "admin/organizations/form";

	static final String CONFLICT_VIEW = "admin/conflict";

	static final String DELETE_VIEW = "admin/delete";

	private final OrganizationEditing editing;

	private final References references;

	private final MessageSource messages;

	OrganizationAdminController(OrganizationEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/organizations/new")
	String newOrganization(Model model) {
		model.addAttribute("organizationForm", new OrganizationForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/organizations")
	String create(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.check(form, null, result);
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, OrganizationEditing.CONSTRAINT_FIELDS);
			return showForm(null, model);
		}
	}

	@GetMapping("/admin/organizations/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("organizationForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/organizations/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("organizationForm") OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		this.editing.check(form, id, result);
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			OrganizationForm saved = this.editing.formFor(id);
			model.addAttribute("conflict",
					Conflict.of("/admin/organizations/" + id, "/admin/organizations/" + id + "/edit",
							saved.getVersion(), saved, form, "organization.form.", Map.of(), this.messages, locale));
			return CONFLICT_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, OrganizationEditing.CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
	}

	@GetMapping("/admin/organizations/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Organization organization = this.editing.get(id);
		List<References.Reference> refs = this.references.to("organization", id);
		model.addAttribute("label", organization.getName());
		model.addAttribute("blocking", References.blocking(refs));
		model.addAttribute("owned", References.owned(refs));
		model.addAttribute("deleteUrl", "/admin/organizations/" + id + "/delete");
		model.addAttribute("backUrl", "/organizations/" + organization.getSlug());
		return DELETE_VIEW;
	}

	@PostMapping("/admin/organizations/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Organization organization = this.editing.get(id);
		if (!References.blocking(this.references.to("organization", id)).isEmpty()) {
			return "redirect:/admin/organizations/" + id + "/delete";
		}
		try {
			this.editing.delete(id);
		}
		catch (DataIntegrityViolationException ex) {
			// something came to refer to the organization since the check: the confirm page now lists it
			redirect.addFlashAttribute("flashError", "delete.refused");
			redirect.addFlashAttribute("flashArgument", organization.getName());
			return "redirect:/admin/organizations/" + id + "/delete";
		}
		redirect.addFlashAttribute("flashMessage", "delete.done");
		redirect.addFlashAttribute("flashArgument", organization.getName());
		return "redirect:/organizations";
	}

	private String showForm(Long id, Model model) {
		Organization organization = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("organizationId", id);
		model.addAttribute("organization", organization);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("backUrl",
				(organization == null) ? "/organizations" : "/organizations/" + organization.getSlug());
		return FORM_VIEW;
	}

	private static String saved(Organization organization, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "organization.saved");
		redirect.addFlashAttribute("flashArgument", organization.getName());
		return "redirect:/organizations/" + organization.getSlug();
	}

}
