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
import org.summittracker.system.Conflict;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.DeletePage;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.References;
import org.summittracker.system.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * {@code ?personName=9}, {@code ?attendance=42}, ...): listed with their sources, added,
 * changed and removed. {@code /admin/citations/new?office=3} is the same page, reached
 * from a public page's "Cite a source". Every save returns to the record's citations
 * page, which links to the public page showing the record.
 */
@Controller
class CitationAdminController {

	static final String LIST_VIEW = "admin/citations/list";

	static final String FORM_VIEW = "admin/citations/form";

	private static final String FORM = "citationForm";

	private final CitationEditing editing;

	private final CitedFacts facts;

	private final References references;

	private final MessageSource messages;

	CitationAdminController(CitationEditing editing, CitedFacts facts, References references, MessageSource messages) {
		this.editing = editing;
		this.facts = facts;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping({ "/admin/citations", "/admin/citations/new" })
	String list(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
		CitedRecord record = named(parameters);
		CitedFact fact = this.facts.find(record, locale)
			.orElseThrow(() -> new RecordNotFoundException(record.kind().parameter(), String.valueOf(record.id())));
		model.addAttribute(FORM, CitationForm.citing(record));
		return showList(fact, model);
	}

	@PostMapping("/admin/citations")
	String create(@Valid @ModelAttribute(FORM) CitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		CitedFact fact = (form.record() != null) ? this.facts.find(form.record(), locale).orElse(null) : null;
		if (form.record() != null && fact == null) {
			result.rejectValue("recordId", "citation.record.missing");
		}
		this.editing.check(form, fact, result);
		if (result.hasErrors()) {
			return showList(fact, model);
		}
		try {
			return saved(this.editing.create(form), fact, redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result);
			return showList(fact, model);
		}
	}

	@GetMapping("/admin/citations/{id}/edit")
	String edit(@PathVariable Long id, Model model, Locale locale) {
		Citation citation = this.editing.get(id);
		model.addAttribute(FORM, CitationForm.from(citation));
		return showForm(id, fact(citation, locale), model);
	}

	@PostMapping("/admin/citations/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) CitationForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		CitedFact fact = fact(this.editing.get(id), locale);
		this.editing.check(form, fact, result);
		if (result.hasErrors()) {
			return showForm(id, fact, model);
		}
		try {
			return saved(this.editing.update(id, form), fact, redirect);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return Conflict
				.ofEdit("/admin/citations/" + id, this.editing.formFor(id), form, "citation.form.",
						Map.of("sourceId", Conflict.labels(this.editing.sourceOptions())), this.messages, locale)
				.show(model, response);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result);
			return showForm(id, fact, model);
		}
	}

	@GetMapping("/admin/citations/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model, Locale locale) {
		Citation citation = this.editing.get(id);
		CitedFact fact = fact(citation, locale);
		return DeletePage.confirm(model, label(citation, fact, locale), this.references.to("citation", id),
				"/admin/citations/" + id + "/delete", fact.adminUrl());
	}

	@PostMapping("/admin/citations/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		Citation citation = this.editing.get(id);
		CitedFact fact = fact(citation, locale);
		String label = label(citation, fact, locale);
		this.editing.delete(id);
		return DeletePage.done(redirect, label, fact.adminUrl());
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

	private CitedFact fact(Citation citation, Locale locale) {
		CitedRecord record = citation.getCited();
		return this.facts.find(record, locale)
			.orElseThrow(() -> new RecordNotFoundException(record.kind().parameter(), String.valueOf(record.id())));
	}

	/**
	 * The record's citations and the form adding one; without a record, just the form.
	 */
	private String showList(CitedFact fact, Model model) {
		model.addAttribute("fact", fact);
		model.addAttribute("citations", (fact != null) ? this.editing.citationsOf(fact.record()) : List.of());
		addChoices(fact, model);
		return LIST_VIEW;
	}

	private String showForm(Long id, CitedFact fact, Model model) {
		model.addAttribute("citationId", id);
		model.addAttribute("fact", fact);
		model.addAttribute("backUrl", fact.adminUrl());
		addChoices(fact, model);
		return FORM_VIEW;
	}

	private void addChoices(CitedFact fact, Model model) {
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("sources", this.editing.sourceOptions());
		model.addAttribute("statuses",
				(fact == null || fact.isAttendance()) ? AttendanceStatus.values() : new AttendanceStatus[0]);
	}

	private String label(Citation citation, CitedFact fact, Locale locale) {
		return this.messages.getMessage("citation.label",
				new Object[] { citation.getSource().getTitle(), fact.label() }, locale);
	}

	private static String saved(Citation citation, CitedFact fact, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "citation.saved");
		redirect.addFlashAttribute("flashArgument", citation.getSource().getTitle());
		return "redirect:" + fact.adminUrl();
	}

}
