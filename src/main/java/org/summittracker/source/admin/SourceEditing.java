package org.summittracker.source.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.summittracker.source.CitationRepository;
import org.summittracker.source.Source;
import org.summittracker.source.SourceRepository;
import org.summittracker.source.SourceUse;
import org.summittracker.system.PartialDate;
import org.summittracker.system.PartialDates;
import org.summittracker.system.PageNumbers;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, creates, changes and deletes sources; the database refuses what the form cannot
 * check alone.
 */
@Service
@Transactional
class SourceEditing extends RecordEditing<Source, SourceRepository, SourceForm> {

	/**
	 * The form field of the one database constraint whose name does not say it; the rest
	 * ({@code source_title_check}, ...) name their field.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("source_published_date", "published");

	private final CitationRepository citations;

	SourceEditing(SourceRepository sources, CitationRepository citations, References references) {
		super("source", "/admin/sources", "source", sources, references);
		this.citations = citations;
	}

	/**
	 * Sources whose title or publisher contains the text (any case), newest first; page
	 * counts from 0.
	 */
	@Transactional(readOnly = true)
	public Page<Source> search(String text, int page, int size) {
		String pattern = "%" + escapeLike((text != null) ? text.toLowerCase(Locale.ROOT) : "") + "%";
		return this.records.search(pattern, PageNumbers.ofIndex(page, size, Sort.unsorted()));
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

	/**
	 * Creates the source ({@code id} null) or changes it, unless someone else saved it
	 * since the form opened.
	 */
	@Override
	public Source save(Long id, SourceForm form) {
		PartialDate published = PartialDates.parseOrNull(form.published);
		Source source = (id == null) ? new Source(form.title, form.publisher, form.url, published)
				: current(id, form.version);
		source.update(form.title, form.publisher, form.url, published, form.note);
		return store(source);
	}

	@Override
	public Shown shown(Source source) {
		return new Shown(source.getTitle(), "/admin/sources", "/admin/sources");
	}

	/**
	 * The text as a literal inside a LIKE pattern escaped with {@code \}: its % and _
	 * match only themselves.
	 */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Override
	protected Map<String, String> constraintFields() {
		return CONSTRAINT_FIELDS;
	}

	@Override
	public SourceForm formOf(Source source) {
		return SourceForm.from(source);
	}

}
