package org.summittracker.organization.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.system.Edit;

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
record OrganizationAdminController(OrganizationEditing editing) {

	private static final String FORM = "organizationForm";

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
					(organization == null) ? new OrganizationForm() : this.editing.formOf(organization));
		}
		return "admin/organizations/form";
	}

	@PostMapping({ "/admin/organizations", "/admin/organizations/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

}
