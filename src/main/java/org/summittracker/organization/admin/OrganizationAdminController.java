package org.summittracker.organization.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationKind;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete organizations. POST, validate, re-render with every error next
 * to its field and the input kept, or redirect with a flash message; an acronym, name or
 * slug another organization has comes back from the database onto its field; a stale edit
 * shows the conflict page; a delete asks first and is refused while memberships, offices
 * or summits refer to the organization.
 */
@Controller
class OrganizationAdminController {

	private static final String FORM = "organizationForm";

	private final OrganizationEditing editing;

	OrganizationAdminController(OrganizationEditing editing) {
		this.editing = editing;
	}

	@GetMapping({ "/admin/organizations/new", "/admin/organizations/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, Model model) {
		Organization organization = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("organizationId", id);
		model.addAttribute("organization", organization);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("backUrl",
				(organization == null) ? "/organizations" : "/organizations/" + organization.getSlug());
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM,
					(organization == null) ? new OrganizationForm() : OrganizationForm.from(organization));
		}
		return "admin/organizations/form";
	}

	@PostMapping({ "/admin/organizations", "/admin/organizations/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			Organization organization = this.editing.save(id, form);
			return Flash.redirect(redirect, "/organizations/" + organization.getSlug(), "organization.saved",
					organization.getName());
		}
		catch (OptimisticLockingFailureException ex) {
			return Conflict
				.ofEdit("/admin/organizations/" + id, OrganizationForm.from(this.editing.get(id)), form,
						"organization.form.")
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result);
			return showForm(id, model);
		}
	}

	@GetMapping("/admin/organizations/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Organization organization = this.editing.get(id);
		return DeletePage.confirm(model, organization.getName(), this.editing.references(id),
				"/admin/organizations/" + id + "/delete", "/organizations/" + organization.getSlug());
	}

	@PostMapping("/admin/organizations/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		return DeletePage.tryDelete(redirect, this.editing.get(id).getName(), "/admin/organizations/" + id + "/delete",
				"/organizations", () -> this.editing.delete(id));
	}

}
