package org.summittracker.person.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.person.Office;
import org.summittracker.person.OfficeKind;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.Flash;
import org.summittracker.system.ListQuery;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
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
 * Create, edit and delete offices. Offices have no page of their own: a saved office is
 * shown on the page of the nation or organization it belongs to, and the admin list links
 * to every office's edit form. A delete asks first and is refused while someone held the
 * office.
 */
@Controller
class OfficeAdminController {

	static final String FORM = "officeForm";

	/** Columns editors may sort the list by, to the property each sorts on. */
	static final Map<String, String> SORTS = Map.of("title", "title", "kind", "kind", "belongsTo", "nation.name");

	/** The database constraint whose name does not say its field. */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("office_belongs_to_one", "nation");

	private final OfficeEditing editing;

	OfficeAdminController(OfficeEditing editing) {
		this.editing = editing;
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

	@GetMapping({ "/admin/offices/new", "/admin/offices/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, Model model) {
		Office office = (id != null) ? this.editing.get(id) : null;
		model.addAttribute("officeId", id);
		model.addAttribute("backUrl", (office == null) ? "/admin/offices" : publicUrl(office));
		model.addAttribute("kinds", OfficeKind.values());
		model.addAttribute("nations", this.editing.nationOptions());
		model.addAttribute("organizations", this.editing.organizationOptions());
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, (office == null) ? new OfficeForm() : OfficeForm.from(office));
		}
		return "admin/offices/form";
	}

	@PostMapping({ "/admin/offices", "/admin/offices/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) OfficeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			Office office = this.editing.save(id, form);
			return Flash.redirect(redirect, publicUrl(office), "office.saved", office.getTitle());
		}
		catch (OptimisticLockingFailureException ex) {
			Map<String, Map<String, String>> choices = Map.of("nation", Conflict.labels(this.editing.nationOptions()),
					"organization", Conflict.labels(this.editing.organizationOptions()));
			return Conflict
				.ofEdit("/admin/offices/" + id, OfficeForm.from(this.editing.get(id)), form, "office.form.", choices)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CONSTRAINT_FIELDS);
			return showForm(id, model);
		}
	}

	@GetMapping("/admin/offices/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		return DeletePage.confirm(model, this.editing.get(id).getTitle(), this.editing.references(id),
				"/admin/offices/" + id + "/delete", "/admin/offices");
	}

	@PostMapping("/admin/offices/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		return DeletePage.tryDelete(redirect, this.editing.get(id).getTitle(), "/admin/offices/" + id + "/delete",
				"/admin/offices", () -> this.editing.delete(id));
	}

	/**
	 * Where the office is shown: the page of the nation or organization it belongs to.
	 */
	private static String publicUrl(Office office) {
		return (office.getNation() != null) ? "/nations/" + office.getNation().getSlug()
				: "/organizations/" + office.getOrganization().getSlug();
	}

}
