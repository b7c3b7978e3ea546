package org.summittracker.person.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.ListQuery;
import org.summittracker.system.References;
import org.summittracker.system.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
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
 * Create, edit and delete offices. Offices have no page of their own: a saved office is
 * shown on the page of the nation or organization it belongs to, and the admin list links
 * to every office's edit form.
 */
@Controller
class OfficeAdminController {

	static final String FORM = "officeForm";

	/** Columns editors may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("title", "title", "kind", "kind", "belongsTo", "nation.name");

	/** The database constraint whose name does not say its field. */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("office_belongs_to_one", "nation");

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
		model.addAttribute("offices", this.editing.list(kind, query.toSort(Sort.by("organization.acronym", "title"))));
		return "admin/offices/list";
	}

	@GetMapping("/admin/offices/new")
	String newOffice(Model model) {
		model.addAttribute(FORM, new OfficeForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/offices")
	String create(@Valid @ModelAttribute(FORM) OfficeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			return saved(this.editing.create(form), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CONSTRAINT_FIELDS);
			return showForm(null, model);
		}
	}

	@GetMapping("/admin/offices/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.editing.formFor(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/offices/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) OfficeForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			return saved(this.editing.update(id, form), redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			Map<String, Map<String, String>> choices = Map.of("nation", Conflict.labels(this.editing.nationOptions()),
					"organization", Conflict.labels(this.editing.organizationOptions()));
			return Conflict
				.ofEdit("/admin/offices/" + id, this.editing.formFor(id), form, "office.form.", choices, this.messages,
						locale)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
	}

	@GetMapping("/admin/offices/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Office office = this.editing.get(id);
		return DeletePage.confirm(model, office.getTitle(), this.references.to("office", id),
				"/admin/offices/" + id + "/delete", "/admin/offices");
	}

	@PostMapping("/admin/offices/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		Office office = this.editing.get(id);
		try {
			if (!DeletePage.blocked(this.references.to("office", id))) {
				this.editing.delete(id);
				return DeletePage.done(redirect, office.getTitle(), "/admin/offices");
			}
		}
		catch (DataIntegrityViolationException ex) {
			// someone came to hold the office since the check: the confirm page now says
			// so
		}
		return DeletePage.refused(redirect, office.getTitle(), "/admin/offices/" + id + "/delete");
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("officeId", id);
		model.addAttribute("backUrl", (id == null) ? "/admin/offices" : OfficeEditing.publicUrl(this.editing.get(id)));
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("organizations", this.editing.organizationOptions());
		return "admin/offices/form";
	}

	private static String saved(Office office, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "office.saved");
		redirect.addFlashAttribute("flashArgument", office.getTitle());
		return "redirect:" + OfficeEditing.publicUrl(office);
	}

}
