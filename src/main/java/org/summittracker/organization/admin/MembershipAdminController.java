package org.summittracker.organization.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;
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
 * Create, edit and delete a nation's standing in an organization, from the organization's
 * page (or the nation's). POST, validate, re-render with every error next to its field
 * and the input kept, or redirect to the organization's page with a flash message; a
 * stale edit shows the conflict page; a delete asks first.
 */
@Controller
class MembershipAdminController {

	static final String FORM_VIEW = "admin/memberships/form";

	static final String CONFLICT_VIEW = RecordForms.CONFLICT_VIEW;

	static final String DELETE_VIEW = DeletePage.VIEW;

	private final MembershipEditing editing;

	private final References references;

	private final MessageSource messages;

	MembershipAdminController(MembershipEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/memberships/new")
	String newMembership(@RequestParam(name = "organization", required = false) Long organizationId,
			@RequestParam(name = "nation", required = false) Long nationId, Model model) {
		MembershipForm form = new MembershipForm();
		form.setOrganizationId((organizationId != null) ? this.editing.organization(organizationId).getId() : null);
		form.setNationId((nationId != null) ? this.editing.nation(nationId).getId() : null);
		model.addAttribute("membershipForm", form);
		return showForm(null, form, model);
	}

	@PostMapping("/admin/memberships")
	String create(@Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		this.editing.check(form, null, result);
		return RecordForms.create(result, MembershipEditing.CONSTRAINT_FIELDS, () -> showForm(null, form, model),
				() -> saved(this.editing.create(form), redirect, locale));
	}

	@GetMapping("/admin/memberships/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		MembershipForm form = this.editing.formFor(id);
		model.addAttribute("membershipForm", form);
		return showForm(id, form, model);
	}

	@PostMapping("/admin/memberships/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		this.editing.check(form, id, result);
		return RecordForms
			.update(result, MembershipEditing.CONSTRAINT_FIELDS, () -> showForm(id, form, model),
					() -> saved(this.editing.update(id, form), redirect, locale),
					() -> Conflict.ofEdit("/admin/memberships/" + id, this.editing.formFor(id),
							MembershipForm::getVersion, form, "membership.form.", choices(), this.messages, locale),
					model, response);
	}

	@GetMapping("/admin/memberships/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model, Locale locale) {
		Membership membership = this.editing.get(id);
		return DeletePage.confirm(model, label(membership, locale), this.references.to("membership", id),
				"/admin/memberships/" + id + "/delete", "/organizations/" + membership.getOrganization().getSlug());
	}

	@PostMapping("/admin/memberships/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		Membership membership = this.editing.get(id);
		if (DeletePage.blocked(this.references.to("membership", id))) {
			return "redirect:/admin/memberships/" + id + "/delete";
		}
		this.editing.delete(id);
		return DeletePage.done(redirect, label(membership, locale),
				"/organizations/" + membership.getOrganization().getSlug());
	}

	private String showForm(Long id, MembershipForm form, Model model) {
		model.addAttribute("membershipId", id);
		model.addAttribute("membership", (id != null) ? this.editing.get(id) : null);
		model.addAttribute("standings", Standing.values());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("organizations", this.editing.organizationOptions());
		model.addAttribute("backUrl", backUrl(form));
		return FORM_VIEW;
	}

	/** Back to the organization's page, or the nation's when only that is known. */
	private String backUrl(MembershipForm form) {
		return this.editing.findOrganization(form.getOrganizationId())
			.map((o) -> "/organizations/" + o.getSlug())
			.or(() -> this.editing.findNation(form.getNationId()).map((n) -> "/nations/" + n.getSlug()))
			.orElse("/organizations");
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("nationId", Conflict.labels(this.editing.nationOptions()), "organizationId",
				Conflict.labels(this.editing.organizationOptions()));
	}

	/**
	 * "Turkey · SCO · Dialogue partner": how delete pages and messages name a membership.
	 */
	private String label(Membership membership, Locale locale) {
		Nation nation = membership.getNation();
		Organization organization = membership.getOrganization();
		return this.messages.getMessage("membership.label",
				new Object[] { nation.getName(), organization.getAcronym(),
						this.messages.getMessage("enum.Standing." + membership.getStanding().name(), null, locale) },
				locale);
	}

	private String saved(Membership membership, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashMessage", "membership.saved");
		redirect.addFlashAttribute("flashArgument", label(membership, locale));
		return "redirect:/organizations/" + membership.getOrganization().getSlug();
	}

}
