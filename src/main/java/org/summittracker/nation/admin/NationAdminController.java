package org.summittracker.nation.admin;

import java.beans.PropertyEditor;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.system.Edit;
import org.summittracker.system.Flash;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete nations, and add or remove the other names they go by from the
 * edit page. POST, validate, re-render with every error next to its field and the input
 * kept, or redirect with a flash message; a name, slug or code another nation has comes
 * back from the database onto its field; a stale edit shows the conflict page; a delete
 * asks first and is refused while other records refer to the nation.
 */
@Controller
record NationAdminController(NationEditing editing) {

	private static final String FORM = "nationForm";

	/**
	 * "tr " is taken as "TR" (and "q43" as "Q43"): ISO writes its codes in upper case,
	 * Wikidata its ids with a capital Q, and a stray space is no reason to refuse one.
	 */
	@InitBinder("nationForm")
	void isoCodesInUpperCase(WebDataBinder binder) {
		PropertyEditor upperCase = new StringTrimmerEditor(true) {
			@Override
			public void setAsText(String text) {
				super.setAsText((text != null) ? text.toUpperCase(Locale.ROOT) : null);
			}
		};
		binder.registerCustomEditor(String.class, "isoAlpha2", upperCase);
		binder.registerCustomEditor(String.class, "isoAlpha3", upperCase);
		binder.registerCustomEditor(String.class, "wikidataId", upperCase);
	}

	@GetMapping({ "/admin/nations/new", "/admin/nations/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, Model model) {
		Nation nation = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("nationId", id);
		model.addAttribute("nation", nation);
		model.addAttribute("backUrl", (nation == null) ? "/nations" : "/nations/" + nation.getSlug());
		// the edit page holds two forms: the one posted keeps its input, the other shows
		// the saved nation
		model.mergeAttributes(Map.of(FORM, (nation == null) ? new NationForm() : this.editing.formOf(nation),
				"nationNameForm", new NationNameForm()));
		return "admin/nations/form";
	}

	@PostMapping({ "/admin/nations", "/admin/nations/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) NationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

	@PostMapping("/admin/nations/{id}/names")
	String addOtherName(@PathVariable Long id, @Valid @ModelAttribute("nationNameForm") NationNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.addOtherName(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

	@PostMapping("/admin/nations/{id}/names/{nameId}/delete")
	String removeOtherName(@PathVariable Long id, @PathVariable Long nameId, RedirectAttributes redirect) {
		NationName removed = this.editing.removeOtherName(id, nameId);
		if (removed != null) {
			Flash.message(redirect, "nation.otherName.removed", removed.getName());
		}
		return "redirect:/admin/nations/" + id + "/edit";
	}

}
