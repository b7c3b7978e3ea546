package org.summittracker.export;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.system.DatePrecision;

/** Where facts come from: an article, an official page, a reference work. */
@Schema(name = "Source", description = "A source that states facts in the tracker")
public record SourceRow(long id, String title, String publisher, String url,
		@Schema(description = "Partial date: 2024, 2024-07 or 2024-07-03") String published, String note) {

	public SourceRow(long id, String title, String publisher, String url, LocalDate published,
			DatePrecision publishedPrecision, String note) {
		this(id, title, publisher, url, MembershipRow.iso(published, publishedPrecision), note);
	}

}
