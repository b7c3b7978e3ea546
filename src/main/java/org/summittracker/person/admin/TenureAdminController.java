package org.summittracker.person.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
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
 * Create, edit and delete tenures (who held which office when), reached from the leader's
 * page and back to it.
 */
@Controller
class TenureAdminController {

	static final String FORM_VIEW = "admin/tenures/form";

	static final String CONFLICT_VIEW = RecordForms.CONFLICT_VIEW;

	static final String DELETE_VIEW = DeletePage.VIEW;

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
		return RecordForms.create(result, TenureEditing.CONSTRAINT_FIELDS, () -> showForm(null, form, model),
				() -> saved(this.editing.create(form), redirect));
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
		return RecordForms.update(result, TenureEditing.CONSTRAINT_FIELDS, () -> showForm(id, form, model),
				() -> saved(this.editing.update(id, form), redirect),
				() -> Conflict.ofEdit("/admin/tenures/" + id, this.editing.formFor(id), TenureForm::getVersion, form,
						"tenure.form.", choices(), this.messages, locale),
				model, response);
	}

	@GetMapping("/admin/tenures/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Tenure tenure = this.editing.get(id);
		return DeletePage.confirm(model, label(tenure), this.references.to("tenure", id),
				"/admin/tenures/" + id + "/delete", "/leaders/" + tenure.getPerson().getSlug());
	}

	@PostMapping("/admin/tenures/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Tenure tenure = this.editing.get(id);
		String label = label(tenure);
		if (DeletePage.blocked(this.references.to("tenure", id))) {
			return DeletePage.refused(redirect, label, "/admin/tenures/" + id + "/delete");
		}
		this.editing.delete(id);
		return DeletePage.done(redirect, label, "/leaders/" + tenure.getPerson().getSlug());
	}

	/** "Name · Office": how delete pages and messages name a tenure. */
	private static String label(Tenure tenure) {
		return tenure.getPerson().getName() + " · " + tenure.getOffice().getTitle();
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
