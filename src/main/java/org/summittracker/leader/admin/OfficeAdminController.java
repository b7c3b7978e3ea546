package org.summittracker.leader.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.leader.Office;
import org.summittracker.leader.OfficeKind;
import org.summittracker.system.Conflict;
import org.summittracker.system.ListQuery;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.References;
import org.summittracker.system.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Create, edit and delete offices. Offices have no page of their own: a saved office is shown on the page of the
 * nation or organization it belongs to, and the admin list links to every office's edit form.
 */
@Controller
class OfficeAdminController {

	static final String LIST_VIEW = "admin/offices/list";

	/** Columns editors may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("title", "title", "kind", "kind", "belongsTo", "nation.name");

	static final String FORM_VIEW = "admin/offices/form";

	static final String CONFLICT_VIEW = "admin/conflict";

	static final String DELETE_VIEW = "admin/delete";

	private final OfficeEditing editing;

	private final References references;

	private final MessageSource messages;

	OfficeAdminController(OfficeEditing editing, References references, MessageSource messages) {
		this.editing = editing;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/admin/offices")
	String list(@RequestParam(name = "kind", required = false) OfficeKind kind,
			@RequestParam(name = "sort", required = false) String sort, Model model) {
		ListQuery query = ListQuery.of(sort, "belongsTo", SORTS);
		model.addAttribute("query", query);
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("selectedKind", kind);
		model.addAttribute("offices",
				this.editing.list(kind, query.toSort(Sort.by("organization.acronym", "title"))));
		return LIST_VIEW;
	}

	@GetMapping("/admin/offices/new")
	String newOffice(Model model) {
		model.addAttribute("officeForm", new OfficeForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/offices")
	String create(@Valid @ModelAttribute("officeForm") OfficeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.check(form, null, result);
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, OfficeEditing.CONSTRAINT_FIELDS);
			return showForm(null, model);
		}
	}

	@GetMapping("/admin/offices/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("officeForm", this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/offices/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("officeForm") OfficeForm form, BindingResult result,
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
			OfficeForm saved = this.editing.formFor(id);
			model.addAttribute("conflict", Conflict.of("/admin/offices/" + id, "/admin/offices/" + id + "/edit",
					saved.getVersion(), saved, form, "office.form.", choices(), this.messages, locale));
			return CONFLICT_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, OfficeEditing.CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
	}

	@GetMapping("/admin/offices/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Office office = this.editing.get(id);
		List<References.Reference> refs = this.references.to("office", id);
		model.addAttribute("label", office.getTitle());
		model.addAttribute("blocking", References.blocking(refs));
		model.addAttribute("owned", References.owned(refs));
		model.addAttribute("deleteUrl", "/admin/offices/" + id + "/delete");
		model.addAttribute("backUrl", "/admin/offices");
		return DELETE_VIEW;
	}

	@PostMapping("/admin/offices/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Office office = this.editing.get(id);
		if (!References.blocking(this.references.to("office", id)).isEmpty()) {
			redirect.addFlashAttribute("flashError", "delete.refused");
			redirect.addFlashAttribute("flashArgument", office.getTitle());
			return "redirect:/admin/offices/" + id + "/delete";
		}
		this.editing.delete(id);
		redirect.addFlashAttribute("flashMessage", "delete.done");
		redirect.addFlashAttribute("flashArgument", office.getTitle());
		return "redirect:/admin/offices";
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("officeId", id);
		model.addAttribute("backUrl", (id == null) ? "/admin/offices" : OfficeEditing.publicUrl(this.editing.get(id)));
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("organizations", this.editing.organizationOptions());
		return FORM_VIEW;
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("nationId", Conflict.labels(this.editing.nationOptions()), "organizationId",
				Conflict.labels(this.editing.organizationOptions()));
	}

	private static String saved(Office office, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "office.saved");
		redirect.addFlashAttribute("flashArgument", office.getTitle());
		return "redirect:" + OfficeEditing.publicUrl(office);
	}

}
