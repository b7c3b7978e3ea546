package org.summittracker.source.admin;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.summittracker.source.Citation;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.RecordForms;
import org.summittracker.system.Conflict;
import org.summittracker.system.References;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The citations of one fact, named in the address ({@code ?attendance=42},
 * {@code ?summit=}, {@code ?membership=}, {@code ?tenure=}): listed with their sources,
 * added, changed and removed. Every save returns to the fact's citations page, which
 * links to the public page showing the fact.
 */
@Controller
class CitationAdminController {

	static final String LIST_VIEW = "admin/citations/list";

	static final String FORM_VIEW = "admin/citations/form";

	static final String DELETE_VIEW = "admin/delete";

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

	@GetMapping("/admin/citations")
	String list(@RequestParam(name = "summit", required = false) Long summit,
			@RequestParam(name = "attendance", required = false) Long attendance,
			@RequestParam(name = "membership", required = false) Long membership,
			@RequestParam(name = "tenure", required = false) Long tenure, Model model, Locale locale) {
		model.addAttribute("citationForm", new CitationForm());
		return showList(this.facts.find(FactKind.pick(summit, attendance, membership, tenure), locale), model);
	}

	@PostMapping("/admin/citations")
	String create(@RequestParam(name = "summit", required = false) Long summit,
			@RequestParam(name = "attendance", required = false) Long attendance,
			@RequestParam(name = "membership", required = false) Long membership,
			@RequestParam(name = "tenure", required = false) Long tenure,
			@Valid @ModelAttribute("citationForm") CitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		CitedFact fact = this.facts.find(FactKind.pick(summit, attendance, membership, tenure), locale);
		this.editing.check(form, fact, result);
		if (result.hasErrors()) {
			return showList(fact, model);
		}
		try {
			return saved(this.editing.create(fact, form), fact, redirect);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, CitationEditing.CONSTRAINT_FIELDS);
			return showList(fact, model);
		}
	}

	@GetMapping("/admin/citations/{id}/edit")
	String edit(@PathVariable Long id, Model model, Locale locale) {
		Citation citation = this.editing.get(id);
		model.addAttribute("citationForm", CitationForm.from(citation));
		return showForm(id, this.facts.of(citation, locale), model);
	}

	@PostMapping("/admin/citations/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("citationForm") CitationForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		CitedFact fact = this.facts.of(this.editing.get(id), locale);
		this.editing.check(form, fact, result);
		return RecordForms.update(result, CitationEditing.CONSTRAINT_FIELDS, () -> showForm(id, fact, model),
				() -> saved(this.editing.update(id, form), fact, redirect),
				() -> Conflict.ofEdit("/admin/citations/" + id, CitationForm.from(this.editing.get(id)),
						CitationForm::getVersion, form, "citation.form.",
						Map.of("sourceId", Conflict.labels(this.editing.sourceOptions())), this.messages, locale),
				model, response);
	}

	@GetMapping("/admin/citations/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model, Locale locale) {
		Citation citation = this.editing.get(id);
		CitedFact fact = this.facts.of(citation, locale);
		List<References.Reference> refs = this.references.to("citation", id);
		model.addAttribute("label", label(citation, fact, locale));
		model.addAttribute("blocking", References.blocking(refs));
		model.addAttribute("owned", References.owned(refs));
		model.addAttribute("deleteUrl", "/admin/citations/" + id + "/delete");
		model.addAttribute("backUrl", fact.adminUrl());
		return DELETE_VIEW;
	}

	@PostMapping("/admin/citations/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		Citation citation = this.editing.get(id);
		CitedFact fact = this.facts.of(citation, locale);
		String label = label(citation, fact, locale);
		this.editing.delete(id);
		redirect.addFlashAttribute("flashMessage", "delete.done");
		redirect.addFlashAttribute("flashArgument", label);
		return "redirect:" + fact.adminUrl();
	}

	private String showList(CitedFact fact, Model model) {
		model.addAttribute("fact", fact);
		model.addAttribute("citations", this.editing.citationsOf(fact));
		addChoices(fact, model);
		return LIST_VIEW;
	}

	private String showForm(Long id, CitedFact fact, Model model) {
		model.addAttribute("citationId", id);
		model.addAttribute("fact", fact);
		addChoices(fact, model);
		return FORM_VIEW;
	}

	private void addChoices(CitedFact fact, Model model) {
		model.addAttribute("sources", this.editing.sourceOptions());
		model.addAttribute("statuses",
				fact.kind().takesClaimedStatus() ? AttendanceStatus.values() : new AttendanceStatus[0]);
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
