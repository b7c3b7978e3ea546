package org.summittracker.person.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.system.Edit;
import org.summittracker.system.ListQuery;

import org.springframework.data.domain.Sort;
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
 * Create, edit and delete offices. Offices have no page of their own: a saved office is
 * shown on the page of the nation or organization it belongs to, and the admin list links
 * to every office's edit form. A delete asks first and is refused while someone held the
 * office.
 */
@Controller
record OfficeAdminController(OfficeEditing editing) {

	static final String FORM = "officeForm";

	/** Columns editors may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("title", "title", "kind", "kind", "belongsTo", "nation.name");

	@GetMapping({ "/admin/offices/new", "/admin/offices/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, Model model) {
		Office office = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("officeId", id);
		model.addAttribute("backUrl", (office == null) ? "/admin/offices" : this.editing.shown(office).url());
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("organizations", this.editing.organizationOptions());
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, (office == null) ? new OfficeForm() : this.editing.formOf(office));
		}
		return "admin/offices/form";
	}

	@PostMapping({ "/admin/offices", "/admin/offices/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) OfficeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? showForm(id, model) : edit.answer(model, redirect, response);
	}

	@GetMapping("/admin/offices")
	String list(@RequestParam(required = false) OfficeKind kind, @RequestParam(required = false) String sort,
			Model model) {
		ListQuery query = ListQuery.of(sort, "belongsTo", SORTS);
		model.addAttribute("query", query);
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("selectedKind", kind);
		model.addAttribute("offices", this.editing.list(kind, query.toSort(Sort.by("organization.acronym", "title"))));
		return "admin/offices/list";
	}

}
