package org.summittracker.leader.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.leader.NameKind;
import org.summittracker.leader.Person;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete people (leaders, ministers, officials), and add or remove their other names on the edit
 * page. A stale edit shows the conflict page; a delete asks first and is refused while tenures or attendance refer.
 */
@Controller
class PersonAdminController {

	static final String FORM_VIEW = "admin/leaders/form";

	static final String CONFLICT_VIEW = "admin/conflict";

	static final String DELETE_VIEW = "admin/delete";

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
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, PersonEditing.CONSTRAINT_FIELDS);
			return showForm(null, model);
		}
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
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			PersonForm saved = this.editing.formFor(id);
			model.addAttribute("conflict", Conflict.of("/admin/leaders/" + id, "/admin/leaders/" + id + "/edit",
					saved.getVersion(), saved, form, "leader.form.", choices(), this.messages, locale));
			return CONFLICT_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, PersonEditing.CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
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
		List<References.Reference> refs = this.references.to("person", id);
		model.addAttribute("label", person.getName());
		model.addAttribute("blocking", References.blocking(refs));
		model.addAttribute("owned", References.owned(refs));
		model.addAttribute("deleteUrl", "/admin/leaders/" + id + "/delete");
		model.addAttribute("backUrl", "/leaders/" + person.getSlug());
		return DELETE_VIEW;
	}

	@PostMapping("/admin/leaders/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Person person = this.editing.get(id);
		if (!References.blocking(this.references.to("person", id)).isEmpty()) {
			redirect.addFlashAttribute("flashError", "delete.refused");
			redirect.addFlashAttribute("flashArgument", person.getName());
			return "redirect:/admin/leaders/" + id + "/delete";
		}
		this.editing.delete(id);
		redirect.addFlashAttribute("flashMessage", "delete.done");
		redirect.addFlashAttribute("flashArgument", person.getName());
		return "redirect:/leaders";
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
