package org.summittracker.source.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.source.Citation;
import org.summittracker.summit.AttendanceStatus;

/**
 * What an editor chooses for a citation of one fact; the fact itself comes from the
 * page's address, never from the form, so a citation cannot be moved to another fact.
 * Maps to the entity in {@link CitationEditing}.
 */
public class CitationForm {

	@NotNull
	private Long sourceId;

	private AttendanceStatus claimedStatus;

	@Size(max = 4000)
	private String quote;

	private Long version;

	static CitationForm from(Citation citation) {
		CitationForm form = new CitationForm();
		form.sourceId = citation.getSource().getId();
		form.claimedStatus = citation.getClaimedStatus();
		form.quote = citation.getQuote();
		form.version = citation.getVersion();
		return form;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	public AttendanceStatus getClaimedStatus() {
		return this.claimedStatus;
	}

	public void setClaimedStatus(AttendanceStatus claimedStatus) {
		this.claimedStatus = claimedStatus;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
