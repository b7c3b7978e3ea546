package org.summittracker.organization.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;
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
 * Create, edit and delete a nation's standing in an organization, from the organization's
 * page (or the nation's). POST, validate, re-render with every error next to its field
 * and the input kept, or redirect to the organization's page with a flash message; a
 * period overlapping another standing comes back from the database onto the start field;
 * a stale edit shows the conflict page; a delete asks first.
 */
@Controller
record MembershipAdminController(MembershipEditing editing) {

	private static final String FORM = "membershipForm";

	/**
	 * A new membership starts from the organization's page or the nation's, which it
	 * names.
	 */
	@GetMapping("/admin/memberships/new")
	String newMembership(@RequestParam(name = "organization", required = false) Organization organization,
			@RequestParam(name = "nation", required = false) Nation nation, Model model) {
		MembershipForm form = new MembershipForm();
		form.organization = organization;
		form.nation = nation;
		return showForm(null, form, model);
	}

	@GetMapping("/admin/memberships/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		return showForm(id, this.editing.formOf(this.editing.get(id)), model);
	}

	@PostMapping({ "/admin/memberships", "/admin/memberships/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, form, model) : edit.answer(model, redirect, response);
	}

	private String showForm(Long id, MembershipForm form, Model model) {
		model.addAttribute(FORM, form);
		model.addAttribute("membershipId", id);
		model.addAttribute("membership", (id != null) ? this.editing.get(id) : null);
		model.addAttribute("standings", Standing.values());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("organizations", this.editing.organizationOptions());
		// back to the organization's page, or the nation's when only that is known
		model.addAttribute("backUrl", (form.organization != null) ? "/organizations/" + form.organization.getSlug()
				: (form.nation != null) ? "/nations/" + form.nation.getSlug() : "/organizations");
		return "admin/memberships/form";
	}

}
