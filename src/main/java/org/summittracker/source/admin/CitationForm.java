package org.summittracker.source.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.source.Citation;
import org.summittracker.source.CitedRecord;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.system.FormBinding;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor chooses for a citation: the record it states (kind and id, prefilled
 * from the link that opened the form), the source, what the source claimed and which
 * revision of it was read, or when. An edit keeps the record the citation was made for.
 */
public class CitationForm {

	@NotNull
	public Kind kind;

	@NotNull
	public Long recordId;

	@NotNull
	public Long sourceId;

	public AttendanceStatus claimedStatus;

	@Size(max = 4000)
	public String quote;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate accessed;

	@Size(max = 200)
	public String sourceRevision;

	public Long version;

	static CitationForm citing(CitedRecord record) {
		CitationForm form = new CitationForm();
		form.kind = record.kind();
		form.recordId = record.id();
		return form;
	}

	static CitationForm from(Citation citation) {
		CitationForm form = FormBinding.fill(citing(citation.getCited()), citation);
		form.sourceId = citation.getSource().getId();
		return form;
	}

	/** The record the form names, once both its kind and id are given. */
	CitedRecord record() {
		return (this.kind != null && this.recordId != null) ? new CitedRecord(this.kind, this.recordId) : null;
	}

}
