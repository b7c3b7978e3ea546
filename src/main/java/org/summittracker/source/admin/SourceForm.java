package org.summittracker.source.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.system.Name;
import org.summittracker.source.Source;
import org.summittracker.system.FormBinding;
import org.summittracker.system.FormRules;
import org.summittracker.system.PartialDates;

/** What an editor types for a source; maps to the entity in {@link SourceEditing}. */
@FormRules
public class SourceForm implements FormRules.Form {

	/**
	 * A web address, optionally padded with spaces: what the database's
	 * {@code source_url_check} accepts.
	 */
	static final String URL_PATTERN = "^\\s*(https?://\\S+)?\\s*$";

	@NotBlank
	@Size(max = 500)
	public String title;

	@Name
	public String publisher;

	@Size(max = 2000)
	@Pattern(regexp = URL_PATTERN)
	public String url;

	@Pattern(regexp = PartialDates.PATTERN)
	public String published;

	@Size(max = 4000)
	public String note;

	public Long version;

	static SourceForm from(Source source) {
		// the published date is typed as text, checked by the form's own rule
		SourceForm form = FormBinding.fill(new SourceForm(), source);
		form.published = PartialDates.format(source.getPublished());
		return form;
	}

	/** A published date written right names a day that exists (not 2024-02-30). */
	@Override
	public void check(FormRules.Broken broken) {
		if (this.published != null && this.published.matches(PartialDates.PATTERN)
				&& !PartialDates.isValid(this.published)) {
			broken.rule("published", "source.published.invalid");
		}
	}

}
