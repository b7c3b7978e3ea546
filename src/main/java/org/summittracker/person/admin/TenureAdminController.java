package org.summittracker.person.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
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
 * Create, edit and delete tenures (who held which office when), reached from the leader's
 * page and back to it. A stale edit shows the conflict page; a delete asks first.
 */
@Controller
record TenureAdminController(TenureEditing editing) {

	static final String FORM = "tenureForm";

	/**
	 * The form; a new tenure is opened for the {@code person} whose page it came from,
	 * and Cancel goes back to that leader's page.
	 */
	@GetMapping({ "/admin/tenures/new", "/admin/tenures/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, @RequestParam(required = false) Person person,
			Model model) {
		Tenure tenure = (id != null) ? this.editing.get(id) : null;
		TenureForm form = (tenure != null) ? this.editing.formOf(tenure) : new TenureForm();
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
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, form.person, model) : edit.answer(model, redirect, response);
	}

}
