package org.summittracker.person.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.NameKind;
import org.summittracker.person.Person;
import org.summittracker.system.Edit;
import org.summittracker.system.Flash;
import org.summittracker.system.Slugs;

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
 * other names on the edit page. A taken address or a repeated other name comes back from
 * the database onto its field; a stale edit shows the conflict page; a delete asks first
 * and is refused while tenures or attendance refer.
 */
@Controller
record PersonAdminController(PersonEditing editing) {

	private static final String FORM = "personForm";

	@GetMapping({ "/admin/leaders/new", "/admin/leaders/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, Model model) {
		Person person = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("personId", id);
		model.addAttribute("person", person);
		model.addAttribute("backUrl", (person == null) ? "/leaders" : "/leaders/" + person.getSlug());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("nameKinds", NameKind.values());
		// the edit page holds two forms: the one posted keeps its input, the other shows
		// the saved person
		model.mergeAttributes(Map.of(FORM, (person == null) ? new PersonForm() : this.editing.formOf(person),
				"personNameForm", new PersonNameForm()));
		return "admin/leaders/form";
	}

	@PostMapping({ "/admin/leaders", "/admin/leaders/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// a name in another script makes no address: then the editor types one
		if (form.slug == null && form.name != null && Slugs.of(form.name).isEmpty()) {
			result.rejectValue("slug", "leader.slug.needed");
		}
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

	@PostMapping("/admin/leaders/{id}/names")
	String addName(@PathVariable Long id, @Valid @ModelAttribute("personNameForm") PersonNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.addName(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

	@PostMapping("/admin/leaders/{id}/names/{nameId}/delete")
	String removeName(@PathVariable Long id, @PathVariable Long nameId, RedirectAttributes redirect) {
		return Flash.redirect(redirect, "/admin/leaders/" + id + "/edit", "leader.name.removed",
				this.editing.removeName(id, nameId));
	}

}
