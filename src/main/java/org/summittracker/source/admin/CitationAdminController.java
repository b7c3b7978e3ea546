package org.summittracker.source.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.source.Citation;
import org.summittracker.source.CitedRecord;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.system.DeletePage;
import org.summittracker.system.Edit;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citations of one record, named in the address ({@code ?nation=12},
 * {@code ?personName=9}, {@code ?attendance=42}, ...): listed with their sources and the
 * form adding one, and each changed on its own form or removed.
 * {@code /admin/citations/new?office=3} is the same list, reached from a public page's
 * "Cite a source". Every save returns to the record's citations page, which links to the
 * public page showing the record.
 */
@Controller
record CitationAdminController(CitationEditing editing, CitedFacts facts) {

	private static final String FORM = "citationForm";

	/** A record's citations with the form adding one, or the form changing one. */
	@GetMapping({ "/admin/citations", "/admin/citations/new", "/admin/citations/{id}/edit" })
	String showForm(@PathVariable(required = false) Long id, @RequestParam Map<String, String> parameters, Model model,
			Locale locale) {
		Citation citation = (id != null) ? this.editing.get(id) : null;
		CitedRecord record = (citation != null) ? citation.getCited() : named(parameters);
		model.addAttribute(FORM, (citation != null) ? CitationForm.from(citation) : CitationForm.citing(record));
		return show(id, fact(record, locale), model);
	}

	@PostMapping({ "/admin/citations", "/admin/citations/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute(FORM) CitationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		// an edit keeps the record the citation was made for
		CitedRecord record = (id == null) ? form.record() : this.editing.get(id).getCited();
		CitedFact fact = (record != null) ? this.facts.find(record, locale).orElse(null) : null;
		this.editing.check(form, fact, result);
		Edit edit = this.editing.submit(id, form, result);
		return edit.isRefused() ? show(id, fact, model) : edit.answer(model, redirect, response);
	}

	@GetMapping("/admin/citations/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model, Locale locale) {
		Citation citation = this.editing.get(id);
		CitedFact fact = fact(citation.getCited(), locale);
		return DeletePage.confirm(model, this.facts.label(citation, fact, locale), this.editing.references(id),
				"/admin/citations/" + id + "/delete", fact.adminUrl());
	}

	@PostMapping("/admin/citations/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		Citation citation = this.editing.get(id);
		CitedFact fact = fact(citation.getCited(), locale);
		String label = this.facts.label(citation, fact, locale);
		return DeletePage.tryDelete(redirect, label, "/admin/citations/" + id + "/delete", fact.adminUrl(),
				() -> this.editing.delete(id));
	}

	/** The one record the address names; naming none or several is malformed (400). */
	private static CitedRecord named(Map<String, String> parameters) {
		try {
			return CitedRecord.named(parameters)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"Name exactly one record: ?nation=, ?office=, ?person=, ?attendance=, ..."));
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A record id is a number", ex);
		}
	}

	private CitedFact fact(CitedRecord record, Locale locale) {
		return this.facts.find(record, locale)
			.orElseThrow(() -> new RecordNotFoundException(record.kind().parameter(), String.valueOf(record.id())));
	}

	/**
	 * A new citation's form on the record's citations page (without a record, just the
	 * form); an existing one's on its own page.
	 */
	private String show(Long id, CitedFact fact, Model model) {
		model.addAttribute("citationId", id);
		model.addAttribute("fact", fact);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("sources", this.editing.sourceOptions());
		model.addAttribute("statuses",
				(fact == null || fact.isAttendance()) ? AttendanceStatus.values() : new AttendanceStatus[0]);
		if (id != null) {
			model.addAttribute("backUrl", fact.adminUrl());
			return "admin/citations/form";
		}
		model.addAttribute("citations", (fact != null) ? this.editing.citationsOf(fact.record()) : List.of());
		return "admin/citations/list";
	}

}
