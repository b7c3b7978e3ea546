package org.summittracker.source.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.summittracker.source.CitationRepository;
import org.summittracker.source.Source;
import org.summittracker.source.SourceRepository;
import org.summittracker.source.SourceUse;
import org.summittracker.system.Option;
import org.summittracker.system.PartialDates;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Lists, creates, changes and deletes sources, checking the rules a form cannot check
 * alone.
 */
@Service
@Transactional
class SourceEditing {

	/**
	 * The form field of the one database constraint whose name does not say it; the rest
	 * ({@code source_title_check}, ...) name their field.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("source_published_date", "published");

	private final SourceRepository sources;

	private final CitationRepository citations;

	SourceEditing(SourceRepository sources, CitationRepository citations) {
		this.sources = sources;
		this.citations = citations;
	}

	@Transactional(readOnly = true)
	public Source get(Long id) {
		return this.sources.findById(id).orElseThrow(() -> new RecordNotFoundException("source", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public SourceForm formFor(Long id) {
		return SourceForm.from(get(id));
	}

	/**
	 * Sources whose title or publisher contains the text (any case), newest first; page
	 * counts from 0.
	 */
	@Transactional(readOnly = true)
	public Page<Source> search(String text, int page, int size) {
		String pattern = "%" + escapeLike((text != null) ? text.toLowerCase(Locale.ROOT) : "") + "%";
		return this.sources.search(pattern, PageRequest.of(Math.max(page, 0), size));
	}

	/** How many citations name each source of a list page, by source id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> citationCounts(Page<Source> page) {
		List<Long> ids = page.getContent().stream().map(Source::getId).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.citations.countBySource(ids)
			.stream()
			.collect(Collectors.toMap(SourceUse::sourceId, SourceUse::citations));
	}

	@Transactional(readOnly = true)
	public List<Option> options() {
		return this.sources.findOptions();
	}

	/** The rules across fields; each error lands on the field the editor must fix. */
	public void check(SourceForm form, Errors errors) {
		if (form.published != null && !errors.hasFieldErrors("published") && !PartialDates.isValid(form.published)) {
			errors.rejectValue("published", "source.published.invalid");
		}
	}

	public Source create(SourceForm form) {
		Source source = new Source(form.title, form.publisher, form.url, PartialDates.parseOrNull(form.published));
		apply(source, form);
		return this.sources.save(source);
	}

	public Source update(Long id, SourceForm form) {
		Source source = get(id);
		source.checkVersion(form.version);
		apply(source, form);
		return source;
	}

	public void delete(Long id) {
		this.sources.delete(get(id));
	}

	private static void apply(Source source, SourceForm form) {
		source.update(form.title, form.publisher, form.url, PartialDates.parseOrNull(form.published), form.note);
	}

	/**
	 * The text as a literal inside a LIKE pattern escaped with {@code \}: its % and _
	 * match only themselves.
	 */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
