package org.summittracker.source.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.source.Citation;
import org.summittracker.source.CitationRepository;
import org.summittracker.source.CitedRecord;
import org.summittracker.source.Source;
import org.summittracker.source.SourceRepository;
import org.summittracker.system.Conflict;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.References;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, changes and removes citations. A citation keeps the record it was made for; a
 * source that is gone is refused on the source field.
 */
@Service
@Transactional
class CitationEditing extends RecordEditing<Citation, CitationRepository, CitationForm> {

	private final SourceRepository sources;

	CitationEditing(CitationRepository citations, SourceRepository sources, References references) {
		super("citation", "/admin/citations", "citation", citations, references);
		this.sources = sources;
	}

	/** The record's citations with their sources, oldest first. */
	@Transactional(readOnly = true)
	public List<Citation> citationsOf(CitedRecord record) {
		return this.records.findFor(record);
	}

	@Transactional(readOnly = true)
	public List<Option> sourceOptions() {
		return this.sources.findOptions();
	}

	/**
	 * The rules the form cannot check alone, each on the field to fix: the record
	 * ({@code fact} null when there is no such record) and the source must exist, and
	 * only an attendance carries a claimed status.
	 */
	@Transactional(readOnly = true)
	public void check(CitationForm form, CitedFact fact, Errors errors) {
		if (form.record() != null && fact == null) {
			errors.rejectValue("recordId", "citation.record.missing");
		}
		if (form.sourceId != null && this.sources.findById(form.sourceId).isEmpty()) {
			errors.rejectValue("sourceId", "citation.source.missing");
		}
		if (form.claimedStatus != null && fact != null && !fact.isAttendance()) {
			// the form offers no claimed status for this record, so the error belongs to
			// the whole form
			errors.reject("citation.claimedStatus.attendanceOnly");
		}
	}

	/**
	 * Creates the citation ({@code id} null) or changes its source, claim, quote, access
	 * date and revision (never its record), unless someone else saved it since the form
	 * opened.
	 */
	@Override
	public Citation save(Long id, CitationForm form) {
		Source source = source(form);
		Citation citation = (id == null) ? new Citation(source, form.record()) : current(id, form.version);
		citation.update(source, form.claimedStatus, form.quote, form.accessed, form.sourceRevision);
		return store(citation);
	}

	@Override
	public Shown shown(Citation citation) {
		String citationsPage = "/admin/citations?" + citation.getCited().parameter();
		return new Shown(citation.getSource().getTitle(), citationsPage, citationsPage);
	}

	/** The chosen source, looked up to name it in the saved message. */
	private Source source(CitationForm form) {
		return this.sources.findById(form.sourceId)
			.orElseThrow(() -> new RecordNotFoundException("source", String.valueOf(form.sourceId)));
	}

	@Override
	protected Map<String, Map<String, String>> choices(CitationForm form) {
		return Map.of("sourceId", Conflict.labels(sourceOptions()));
	}

	@Override
	public CitationForm formOf(Citation citation) {
		return CitationForm.from(citation);
	}

}
