package org.summittracker.person.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
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
 * Create, edit and delete tenures (who held which office when), reached from the leader's
 * page and back to it. A stale edit shows the conflict page; a delete asks first.
 */
@Controller
class TenureAdminController {

	static final String FORM = "tenureForm";

	/** The database constraints whose names do not say their fields. */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("tenure_end_after_start", "end", "tenure_start_date",
			"start", "tenure_end_date", "end");

	private final TenureEditing editing;

	TenureAdminController(TenureEditing editing) {
		this.editing = editing;
	}

	/**
	 * The form; a new tenure is opened for the {@code person} whose page it came from,
	 * and Cancel goes back to that leader's page.
	 */
	@GetMapping({ "/admin/tenures/new", "/admin/tenures/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, @RequestParam(required = false) Person person,
			Model model) {
		Tenure tenure = (id != null) ? this.editing.get(id) : null;
		TenureForm form = (tenure != null) ? TenureForm.from(tenure) : new TenureForm();
		form.person = (tenure != null) ? tenure.getPerson() : person;
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, form);
		}
		model.addAttribute("tenureId", id);
		model.addAttribute("person", form.person);
		model.addAttribute("backUrl", (form.person != null) ? "/leaders/" + form.person.getSlug() : "/leaders");
		model.addAttribute("people", this.editing.personOptions());
		model.addAttribute("offices", this.editing.officeOptions());
		return "admin/tenures/form";
	}

	@PostMapping({ "/admin/tenures", "/admin/tenures/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) TenureForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return showForm(id, form.person, model);
		}
		try {
			Tenure tenure = this.editing.save(id, form);
			return Flash.redirect(redirect, "/leaders/" + tenure.getPerson().getSlug(), "tenure.saved",
					tenure.getOffice().getTitle());
		}
		catch (OptimisticLockingFailureException ex) {
			Map<String, Map<String, String>> choices = Map.of("person", Conflict.labels(this.editing.personOptions()),
					"office", Conflict.labels(this.editing.officeOptions()));
			return Conflict
				.ofEdit("/admin/tenures/" + id, TenureForm.from(this.editing.get(id)), form, "tenure.form.", choices)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CONSTRAINT_FIELDS);
			return showForm(id, form.person, model);
		}
	}

	@GetMapping("/admin/tenures/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Tenure tenure = this.editing.get(id);
		return DeletePage.confirm(model, label(tenure), this.editing.references(id), "/admin/tenures/" + id + "/delete",
				"/leaders/" + tenure.getPerson().getSlug());
	}

	@PostMapping("/admin/tenures/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Tenure tenure = this.editing.get(id);
		return DeletePage.tryDelete(redirect, label(tenure), "/admin/tenures/" + id + "/delete",
				"/leaders/" + tenure.getPerson().getSlug(), () -> this.editing.delete(id));
	}

	/** "Name · Office": how delete pages and messages name a tenure. */
	private static String label(Tenure tenure) {
		return tenure.getPerson().getName() + " · " + tenure.getOffice().getTitle();
	}

}
