package org.summittracker.person.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
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
 * Create, edit and delete tenures (who held which office when), reached from the leader's
 * page and back to it.
 */
@Controller
class TenureAdminController {

	static final String FORM = "tenureForm";

	/** The database constraints whose names do not say their fields. */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("tenure_end_after_start", "end", "tenure_start_date",
			"start", "tenure_end_date", "end");

	private final TenureEditing editing;

	private final References references;

	private final MessageSource messages;

	TenureAdminController(TenureEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/tenures/new")
	String newTenure(@RequestParam(name = "person", required = false) Person person, Model model) {
		TenureForm form = new TenureForm();
		form.person = person;
		model.addAttribute(FORM, form);
		return showForm(null, form, model);
	}

	@PostMapping("/admin/tenures")
	String create(@Valid @ModelAttribute(FORM) TenureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(null, form, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CONSTRAINT_FIELDS);
			return showForm(null, form, model);
		}
	}

	@GetMapping("/admin/tenures/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		TenureForm form = this.editing.formFor(id);
		model.addAttribute(FORM, form);
		return showForm(id, form, model);
	}

	@PostMapping("/admin/tenures/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) TenureForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		if (result.hasErrors()) {
			return showForm(id, form, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			Map<String, Map<String, String>> choices = Map.of("person", Conflict.labels(this.editing.personOptions()),
					"office", Conflict.labels(this.editing.officeOptions()));
			return Conflict
				.ofEdit("/admin/tenures/" + id, this.editing.formFor(id), form, "tenure.form.", choices, this.messages,
						locale)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CONSTRAINT_FIELDS);
			return showForm(id, form, model);
		}
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
		try {
			if (!DeletePage.blocked(this.references.to("tenure", id))) {
				this.editing.delete(id);
				return DeletePage.done(redirect, label(tenure), "/leaders/" + tenure.getPerson().getSlug());
			}
		}
		catch (DataIntegrityViolationException ex) {
			// something came to refer to the tenure since the check: the confirm page now
			// lists it
		}
		return DeletePage.refused(redirect, label(tenure), "/admin/tenures/" + id + "/delete");
	}

	/** "Name · Office": how delete pages and messages name a tenure. */
	private static String label(Tenure tenure) {
		return tenure.getPerson().getName() + " · " + tenure.getOffice().getTitle();
	}

	/** The form; Cancel goes back to the leader the tenure is (or was opened) for. */
	private String showForm(Long id, TenureForm form, Model model) {
		Person person = (id != null) ? this.editing.get(id).getPerson() : form.person;
		model.addAttribute("tenureId", id);
		model.addAttribute("person", person);
		model.addAttribute("backUrl", (person != null) ? "/leaders/" + person.getSlug() : "/leaders");
		model.addAttribute("people", this.editing.personOptions());
		model.addAttribute("offices", this.editing.officeOptions());
		return "admin/tenures/form";
	}

	private static String saved(Tenure tenure, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "tenure.saved");
		redirect.addFlashAttribute("flashArgument", tenure.getOffice().getTitle());
		return "redirect:/leaders/" + tenure.getPerson().getSlug();
	}

}
