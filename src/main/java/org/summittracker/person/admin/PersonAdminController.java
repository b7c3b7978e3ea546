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
import org.summittracker.system.References;
import org.summittracker.system.Slugs;
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
 * Create, edit and delete people (leaders, ministers, officials), and add or remove their
 * other names on the edit page. A stale edit shows the conflict page; a delete asks first
 * and is refused while tenures or attendance refer.
 */
@Controller
class PersonAdminController {

	static final String FORM_VIEW = "admin/leaders/form";

	private static final String FORM = "personForm";

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
		model.addAttribute(FORM, new PersonForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/leaders")
	String create(@Valid @ModelAttribute(FORM) PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkSlug(form, result);
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result);
			return showForm(null, model);
		}
	}

	@GetMapping("/admin/leaders/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/leaders/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		checkSlug(form, result);
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return Conflict
				.ofEdit("/admin/leaders/" + id, this.editing.formFor(id), form, "leader.form.", Map.of(), this.messages,
						locale)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result);
			return showForm(id, model);
		}
	}

	@PostMapping("/admin/leaders/{id}/names")
	String addName(@PathVariable Long id, @Valid @ModelAttribute("personNameForm") PersonNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editing.addName(id, form);
				redirect.addFlashAttribute("flashMessage", "leader.name.added");
				redirect.addFlashAttribute("flashArgument", form.otherName);
				return "redirect:/admin/leaders/" + id + "/edit";
			}
			catch (DataIntegrityViolationException ex) {
				ConstraintMessages.reject(ex, result, Map.of("person_name_person_id_name_key", "otherName"));
			}
		}
		model.addAttribute(FORM, this.editing.formFor(id));
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
		try {
			this.editing.delete(id);
		}
		catch (DataIntegrityViolationException ex) {
			return DeletePage.refused(redirect, person.getName(), "/admin/leaders/" + id + "/delete");
		}
		return DeletePage.done(redirect, person.getName(), "/leaders");
	}

	/** A name in another script makes no address: then the editor types one. */
	private static void checkSlug(PersonForm form, BindingResult result) {
		if (form.slug == null && form.name != null && Slugs.of(form.name).isEmpty()) {
			result.rejectValue("slug", "leader.slug.needed");
		}
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
		return FORM_VIEW;
	}

	private static String saved(Person person, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "leader.saved");
		redirect.addFlashAttribute("flashArgument", person.getName());
		return "redirect:/leaders/" + person.getSlug();
	}

}
