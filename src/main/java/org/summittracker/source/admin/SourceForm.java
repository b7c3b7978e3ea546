package org.summittracker.source.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.source.Source;
import org.summittracker.system.PartialDates;

/** What an editor types for a source; maps to the entity in {@link SourceEditing}. */
public class SourceForm {

	/**
	 * A web address, optionally padded with spaces: what the database's
	 * {@code source_url_check} accepts.
	 */
	static final String URL_PATTERN = "^\\s*(https?://\\S+)?\\s*$";

	@NotBlank
	@Size(max = 500)
	private String title;

	@NotBlank
	@Size(max = 200)
	private String publisher;

	@Size(max = 2000)
	@Pattern(regexp = URL_PATTERN)
	private String url;

	@Pattern(regexp = PartialDates.PATTERN)
	private String published;

	@Size(max = 4000)
	private String note;

	private Long version;

	static SourceForm from(Source source) {
		SourceForm form = new SourceForm();
		form.title = source.getTitle();
		form.publisher = source.getPublisher();
		form.url = source.getUrl();
		form.published = PartialDates.format(source.getPublished());
		form.note = source.getNote();
		form.version = source.getVersion();
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getPublished() {
		return this.published;
	}

	public void setPublished(String published) {
		this.published = published;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
