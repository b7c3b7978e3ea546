package org.summittracker.summit.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitSections;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.RecordEditing;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attendance is edited where people read it: on the summit page, rows are added, edited
 * and removed in place (htmx swaps the form in and the refreshed attendance section
 * back). Without JavaScript the same URLs serve full pages and redirect back to the
 * summit. A row that looks wrong (no office on that date) is shown with a warning the
 * editor confirms. A new row is addressed by its summit, an existing one by its id.
 */
@Controller
record AttendanceAdminController(AttendanceEditing editing, SummitSections summits, SummitEditing summitEditing,
		MessageSource messages) {

	static final String FORM = "attendanceForm";

	static final String FORM_VIEW = "admin/attendance/form";

	/** The form; with htmx, the editor alone (for an existing row, as a table row). */
	@GetMapping({ "/admin/summits/{summitId}/attendance/new", "/admin/attendance/{id}/edit" })
	String showForm(@PathVariable(required = false) Long summitId, @PathVariable(required = false) Long id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute(FORM, (id == null) ? new AttendanceForm() : this.editing.formFor(id));
		prepare(model, summit(summitId, id), id, List.of());
		return (htmx == null) ? FORM_VIEW : FORM_VIEW + ((id == null) ? " :: editor" : " :: editorRow");
	}

	/**
	 * Adds the row or saves the changes to it, unless the form has errors or warnings the
	 * editor has not confirmed.
	 */
	@PostMapping({ "/admin/summits/{summitId}/attendance", "/admin/attendance/{id}" })
	String save(@PathVariable(required = false) Long summitId, @PathVariable(required = false) Long id,
			@Valid @ModelAttribute(FORM) AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Summit summit = summit(summitId, id);
		this.editing.resolve(form, result);
		List<String> warnings = result.hasErrors() ? List.of()
				: this.editing.warnings(summit, form).stream().map((w) -> this.messages.getMessage(w, locale)).toList();
		if (result.hasErrors() || !warnings.isEmpty()) {
			return formAgain(model, summit, id, warnings, response, htmx);
		}
		try {
			if (id == null) {
				this.editing.create(summit, form);
			}
			else {
				this.editing.save(id, form);
			}
			return backToSummit(summit, "attendance.saved", model, redirect, htmx);
		}
		catch (OptimisticLockingFailureException ex) {
			Map<String, Map<String, String>> choices = Map.of("nationId",
					Conflict.labels(this.summitEditing.nationOptions()), "organization",
					Conflict.labels(this.summitEditing.organizationOptions()));
			String view = Conflict
				.ofEdit("/admin/attendance/" + id, this.editing.formFor(id), form, "attendance.form.", choices)
				.show(model, response);
			if (htmx == null) {
				return view;
			}
			// htmx leaves error statuses unswapped: answer 200 and move the conflict into
			// the page body
			response.setStatus(HttpServletResponse.SC_OK);
			response.setHeader("HX-Retarget", "#content");
			response.setHeader("HX-Reswap", "innerHTML");
			return view + " :: #page";
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, AttendanceEditing.CONSTRAINT_FIELDS);
			return formAgain(model, summit, id, List.of(), response, htmx);
		}
	}

	@GetMapping("/admin/attendance/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		RecordEditing.Shown row = this.editing.shown(id);
		return DeletePage.confirm(model, row.label(), List.of(), this.editing.deleteUrl(id), row.url());
	}

	@PostMapping("/admin/attendance/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Summit summit = summit(null, id);
		String label = (String) this.editing.shown(id).label();
		try {
			this.editing.delete(id);
			return backToSummit(summit, "attendance.removed", model, redirect, htmx);
		}
		catch (DataIntegrityViolationException ex) {
			// something came to refer to the row since the page was drawn: the confirm
			// page says what
			if (htmx != null) {
				response.setHeader("HX-Redirect", "/admin/attendance/" + id + "/delete");
			}
			return DeletePage.refused(redirect, label, "/admin/attendance/" + id + "/delete");
		}
	}

	/** The summit a new row is added to, or the one the row {@code id} belongs to. */
	private Summit summit(Long summitId, Long id) {
		return (id == null) ? this.summitEditing.get(summitId) : this.editing.get(id).getSummit();
	}

	/** The form again, with its errors or warnings; with htmx, in place of the editor. */
	private String formAgain(Model model, Summit summit, Long id, List<String> warnings, HttpServletResponse response,
			String htmx) {
		prepare(model, summit, id, warnings);
		if (htmx != null) {
			response.setHeader("HX-Retarget", "#attendance-editor");
			response.setHeader("HX-Reswap", "outerHTML");
			return FORM_VIEW + " :: editor";
		}
		return FORM_VIEW;
	}

	/**
	 * Back to the summit, with the message; with htmx, its refreshed attendance section.
	 */
	private String backToSummit(Summit summit, String message, Model model, RedirectAttributes redirect, String htmx) {
		if (htmx != null) {
			model.addAttribute("page", this.summits.page(summit.getSlug()));
			model.addAttribute("sectionMessage", message);
			return "summits/detail :: attendanceSection";
		}
		redirect.addFlashAttribute("flashMessage", message);
		return "redirect:/summits/" + summit.getSlug();
	}

	private void prepare(Model model, Summit summit, Long id, List<String> warnings) {
		model.addAttribute("summit", summit);
		model.addAttribute("attendanceId", id);
		model.addAttribute("action",
				(id == null) ? "/admin/summits/" + summit.getId() + "/attendance" : "/admin/attendance/" + id);
		model.addAttribute("warnings", warnings);
		model.addAttribute("organizations", this.summitEditing.organizationOptions());
		model.addAttribute("offices", this.editing.officeOptions());
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("standings", AttendanceStanding.values());
		model.addAttribute("statuses", AttendanceStatus.values());
	}

}
