package org.summittracker.person.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.NameKind;
import org.summittracker.person.Person;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.RecordForms;
import org.summittracker.system.References;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete people (leaders, ministers, officials), and add or remove their
 * other names on the edit page. A stale edit shows the conflict page; a delete asks first
 * and is refused while tenures or attendance refer.
 */
@Controller
class PersonAdminController {

	static final String FORM_VIEW = "admin/leaders/form";

	static final String CONFLICT_VIEW = RecordForms.CONFLICT_VIEW;

	static final String DELETE_VIEW = DeletePage.VIEW;

	private final PersonEditing editing;

	private final References references;

	private final MessageSource messages;

	PersonAdminController(PersonEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/leaders/new")
	String newPerson(Model model) {
		model.addAttribute("personForm", new PersonForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/leaders")
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.check(form, null, result);
		return RecordForms.create(result, PersonEditing.CONSTRAINT_FIELDS, () -> showForm(null, model),
				() -> saved(this.editing.create(form), redirect));
	}

	@GetMapping("/admin/leaders/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("personForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/leaders/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		this.editing.check(form, id, result);
		return RecordForms.update(result, PersonEditing.CONSTRAINT_FIELDS, () -> showForm(id, model),
				() -> saved(this.editing.update(id, form), redirect),
				() -> Conflict.ofEdit("/admin/leaders/" + id, this.editing.formFor(id), PersonForm::getVersion, form,
						"leader.form.", choices(), this.messages, locale),
				model, response);
	}

	@PostMapping("/admin/leaders/{id}/names")
	String addName(@PathVariable Long id, @Valid @ModelAttribute("personNameForm") PersonNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.editing.checkName(id, form, result);
		if (!result.hasErrors()) {
			try {
				this.editing.addName(id, form);
				redirect.addFlashAttribute("flashMessage", "leader.name.added");
				redirect.addFlashAttribute("flashArgument", form.getOtherName().trim());
				return "redirect:/admin/leaders/" + id + "/edit";
			}
			catch (DataIntegrityViolationException ex) {
				ConstraintMessages.reject(ex, result, PersonEditing.NAME_CONSTRAINT_FIELDS);
			}
		}
		model.addAttribute("personForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/leaders/{id}/names/{nameId}/delete")
	String removeName(@PathVariable Long id, @PathVariable Long nameId, RedirectAttributes redirect) {
		String removed = this.editing.removeName(id, nameId);
		redirect.addFlashAttribute("flashMessage", "leader.name.removed");
		redirect.addFlashAttribute("flashArgument", removed);
		return "redirect:/admin/leaders/" + id + "/edit";
	}

	@GetMapping("/admin/leaders/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Person person = this.editing.get(id);
		return DeletePage.confirm(model, person.getName(), this.references.to("person", id),
				"/admin/leaders/" + id + "/delete", "/leaders/" + person.getSlug());
	}

	@PostMapping("/admin/leaders/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Person person = this.editing.get(id);
		if (DeletePage.blocked(this.references.to("person", id))) {
			return DeletePage.refused(redirect, person.getName(), "/admin/leaders/" + id + "/delete");
		}
		this.editing.delete(id);
		return DeletePage.done(redirect, person.getName(), "/leaders");
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("nations", this.editing.nationOptions());
		if (id == null) {
			model.addAttribute("backUrl", "/leaders");
			return FORM_VIEW;
		}
		Person person = this.editing.getWithNames(id);
		model.addAttribute("person", person);
		model.addAttribute("backUrl", "/leaders/" + person.getSlug());
		if (!model.containsAttribute("personNameForm")) {
			model.addAttribute("personNameForm", new PersonNameForm());
		}
		model.addAttribute("nameKinds", NameKind.values());
		model.addAttribute("sources", this.editing.sourceOptions());
		return FORM_VIEW;
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("nationalityId", Conflict.labels(this.editing.nationOptions()));
	}

	private static String saved(Person person, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "leader.saved");
		redirect.addFlashAttribute("flashArgument", person.getName());
		return "redirect:/leaders/" + person.getSlug();
	}

}
