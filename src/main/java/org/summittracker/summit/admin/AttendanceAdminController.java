package org.summittracker.summit.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.admin.Lookups;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitSections;
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attendance is edited where people read it: on the summit page, rows are added, edited
 * and removed in place (htmx swaps the form in and the refreshed attendance section
 * back). Without JavaScript the same URLs serve full pages and redirect back to the
 * summit.
 */
@Controller
class AttendanceAdminController {

	static final String FORM_VIEW = "admin/attendance/form";

	static final String EDITOR_FRAGMENT = "admin/attendance/form :: editor";

	static final String EDITOR_ROW_FRAGMENT = "admin/attendance/form :: editorRow";

	static final String SECTION_FRAGMENT = "summits/detail :: attendanceSection";

	private final AttendanceEditing editing;

	private final SummitSections summits;

	private final Lookups lookups;

	private final SummitEditing summitEditing;

	private final MessageSource messages;

	AttendanceAdminController(AttendanceEditing editing, SummitSections summits, Lookups lookups,
			SummitEditing summitEditing, MessageSource messages) {
		this.editing = editing;
		this.summits = summits;
		this.lookups = lookups;
		this.summitEditing = summitEditing;
		this.messages = messages;
	}

	@GetMapping("/admin/summits/{summitId}/attendance/new")
	String newRow(@PathVariable Long summitId, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("attendanceForm", new AttendanceForm());
		prepare(model, this.editing.summit(summitId), null, List.of());
		return (htmx != null) ? EDITOR_FRAGMENT : FORM_VIEW;
	}

	@GetMapping("/admin/attendance/{id}/edit")
	String edit(@PathVariable Long id, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		Attendance attendance = this.editing.get(id);
		model.addAttribute("attendanceForm", this.editing.formFor(id));
		prepare(model, attendance.getSummit(), id, List.of());
		return (htmx != null) ? EDITOR_ROW_FRAGMENT : FORM_VIEW;
	}

	@PostMapping("/admin/summits/{summitId}/attendance")
	String create(@PathVariable Long summitId, @Valid @ModelAttribute("attendanceForm") AttendanceForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Summit summit = this.editing.summit(summitId);
		this.editing.check(summitId, form, null, result);
		List<String> warnings = result.hasErrors() ? List.of() : warnings(summitId, form, locale);
		if (result.hasErrors() || !warnings.isEmpty()) {
			return showErrors(model, summit, null, warnings, response, htmx);
		}
		try {
			this.editing.create(summitId, form);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, AttendanceEditing.CONSTRAINT_FIELDS);
			return showErrors(model, summit, null, List.of(), response, htmx);
		}
		return saved(summit, model, redirect, htmx);
	}

	@PostMapping("/admin/attendance/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("attendanceForm") AttendanceForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Summit summit = this.editing.get(id).getSummit();
		this.editing.check(summit.getId(), form, id, result);
		List<String> warnings = result.hasErrors() ? List.of() : warnings(summit.getId(), form, locale);
		if (result.hasErrors() || !warnings.isEmpty()) {
			return showErrors(model, summit, id, warnings, response, htmx);
		}
		try {
			this.editing.update(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			if (htmx != null) {
				// htmx leaves error statuses unswapped: answer 200 and move the conflict
				// into the page body.
				response.setStatus(HttpServletResponse.SC_OK);
				response.setHeader("HX-Retarget", "#content");
				response.setHeader("HX-Reswap", "innerHTML");
			}
			AttendanceForm saved = this.editing.formFor(id);
			model.addAttribute("conflict", Conflict.of("/admin/attendance/" + id, "/admin/attendance/" + id + "/edit",
					saved.getVersion(), saved, form, "attendance.form.", choices(), this.messages, locale));
			return (htmx != null) ? "admin/conflict :: #page" : SummitAdminController.CONFLICT_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, AttendanceEditing.CONSTRAINT_FIELDS);
			return showErrors(model, summit, id, List.of(), response, htmx);
		}
		return saved(summit, model, redirect, htmx);
	}

	@GetMapping("/admin/attendance/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Attendance attendance = this.editing.get(id);
		model.addAttribute("label",
				this.editing.formFor(id).getPersonLabel() + " · " + attendance.getSummit().getName());
		model.addAttribute("blocking", List.of());
		model.addAttribute("owned", List.of());
		model.addAttribute("deleteUrl", "/admin/attendance/" + id + "/delete");
		model.addAttribute("backUrl", "/summits/" + attendance.getSummit().getSlug());
		return SummitAdminController.DELETE_VIEW;
	}

	@PostMapping("/admin/attendance/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Summit summit = this.editing.delete(id);
		if (htmx != null) {
			model.addAttribute("page", this.summits.page(summit.getSlug()));
			model.addAttribute("sectionMessage", "attendance.removed");
			return SECTION_FRAGMENT;
		}
		redirect.addFlashAttribute("flashMessage", "attendance.removed");
		return "redirect:/summits/" + summit.getSlug();
	}

	private List<String> warnings(Long summitId, AttendanceForm form, Locale locale) {
		if (form.isConfirmed()) {
			return List.of();
		}
		return this.editing.warnings(summitId, form).stream().map((w) -> this.messages.getMessage(w, locale)).toList();
	}

	private String showErrors(Model model, Summit summit, Long id, List<String> warnings, HttpServletResponse response,
			String htmx) {
		prepare(model, summit, id, warnings);
		if (htmx != null) {
			response.setHeader("HX-Retarget", "#attendance-editor");
			response.setHeader("HX-Reswap", "outerHTML");
			return EDITOR_FRAGMENT;
		}
		return FORM_VIEW;
	}

	private String saved(Summit summit, Model model, RedirectAttributes redirect, String htmx) {
		if (htmx != null) {
			model.addAttribute("page", this.summits.page(summit.getSlug()));
			model.addAttribute("sectionMessage", "attendance.saved");
			return SECTION_FRAGMENT;
		}
		redirect.addFlashAttribute("flashMessage", "attendance.saved");
		return "redirect:/summits/" + summit.getSlug();
	}

	private void prepare(Model model, Summit summit, Long id, List<String> warnings) {
		model.addAttribute("summit", summit);
		model.addAttribute("attendanceId", id);
		model.addAttribute("action",
				(id == null) ? "/admin/summits/" + summit.getId() + "/attendance" : "/admin/attendance/" + id);
		model.addAttribute("warnings", warnings);
		model.addAttribute("nations", this.summitEditing.nationOptions());
		model.addAttribute("organizations", this.summitEditing.organizationOptions());
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("standings", AttendanceStanding.values());
		model.addAttribute("statuses", AttendanceStatus.values());
	}

	private Map<String, Map<String, String>> choices() {
		return Map.of("nationId", Conflict.labels(this.summitEditing.nationOptions()), "organizationId",
				Conflict.labels(this.summitEditing.organizationOptions()));
	}

}
