package org.summittracker.leader.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.leader.Person;
import org.summittracker.leader.Tenure;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create, edit and delete tenures (who held which office when), reached from the leader's page and back to it. */
@Controller
class TenureAdminController {

	static final String FORM_VIEW = "admin/tenures/form";

	static final String CONFLICT_VIEW = "admin/conflict";

	static final String DELETE_VIEW = "admin/delete";

	private final TenureEditing editing;

	private final References references;

	private final MessageSource messages;

	TenureAdminController(TenureEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/tenures/new")
	String newTenure(@RequestParam(name = "person", required = false) Long personId, Model model) {
		TenureForm form = new TenureForm();
		if (personId != null) {
			form.setPersonId(this.editing.person(personId).getId());
		}
		model.addAttribute("tenureForm", form);
		return showForm(null, form, model);
	}

	@PostMapping("/admin/tenures")
	String create(@Valid @ModelAttribute("tenureForm") TenureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.check(form, result);
		if (result.hasErrors()) {
			return showForm(null, form, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, TenureEditing.CONSTRAINT_FIELDS);
			return showForm(null, form, model);
		}
	}

	@GetMapping("/admin/tenures/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		TenureForm form = this.editing.formFor(id);
		model.addAttribute("tenureForm", form);
		return showForm(id, form, model);
	}

	@PostMapping("/admin/tenures/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("tenureForm") TenureForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		this.editing.check(form, result);
		if (result.hasErrors()) {
			return showForm(id, form, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			TenureForm saved = this.editing.formFor(id);
			model.addAttribute("conflict", Conflict.of("/admin/tenures/" + id, "/admin/tenures/" + id + "/edit",
					saved.getVersion(), saved, form, "tenure.form.", choices(), this.messages, locale));
			return CONFLICT_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, TenureEditing.CONSTRAINT_FIELDS);
			return showForm(id, form, model);
		}
	}

	@GetMapping("/admin/tenures/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Tenure tenure = this.editing.get(id);
		List<References.Reference> refs = this.references.to("tenure", id);
		model.addAttribute("label", tenure.getPerson().getName() + " · " + tenure.getOffice().getTitle());
		model.addAttribute("blocking", References.blocking(refs));
		model.addAttribute("owned", References.owned(refs));
		model.addAttribute("deleteUrl", "/admin/tenures/" + id + "/delete");
		model.addAttribute("backUrl", "/leaders/" + tenure.getPerson().getSlug());
		return DELETE_VIEW;
	}

	@PostMapping("/admin/tenures/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Tenure tenure = this.editing.get(id);
		String label = tenure.getPerson().getName() + " · " + tenure.getOffice().getTitle();
		if (!References.blocking(this.references.to("tenure", id)).isEmpty()) {
			redirect.addFlashAttribute("flashError", "delete.refused");
			redirect.addFlashAttribute("flashArgument", label);
			return "redirect:/admin/tenures/" + id + "/delete";
		}
		this.editing.delete(id);
		redirect.addFlashAttribute("flashMessage", "delete.done");
		redirect.addFlashAttribute("flashArgument", label);
		return "redirect:/leaders/" + tenure.getPerson().getSlug();
	}

	/** The form; Cancel goes back to the leader the tenure is (or was opened) for. */
	private String showForm(Long id, TenureForm form, Model model) {
		model.addAttribute("tenureId", id);
		Long personId = (id != null) ? this.editing.get(id).getPerson().getId() : form.getPersonId();
		Person person = this.editing.findPerson(personId).orElse(null);
		model.addAttribute("person", person);
		model.addAttribute("backUrl", (person != null) ? "/leaders/" + person.getSlug() : "/leaders");
		model.addAttribute("people", this.editing.personOptions());
		model.addAttribute("offices", this.editing.officeOptions());
		return FORM_VIEW;
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("personId", Conflict.labels(this.editing.personOptions()), "officeId",
				Conflict.labels(this.editing.officeOptions()));
	}

	private static String saved(Tenure tenure, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "tenure.saved");
		redirect.addFlashAttribute("flashArgument", tenure.getOffice().getTitle());
		return "redirect:/leaders/" + tenure.getPerson().getSlug();
	}

}
