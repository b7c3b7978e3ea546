package org.summittracker.search;

import java.time.LocalDate;

/**
 * One record the search found: what it is, how it reads, and how well it matched.
 * {@code matched} is the other name or code that matched ("Mohammad Mokhbar", "Türkiye",
 * "TR") when that was better than the record's own name; {@code detail} is a line of
 * context (a person's nationality, a nation's official name, an organization's acronym, a
 * summit's city and host nation); summits carry their dates.
 */
record SearchHit(SearchKind kind, String slug, String label, String detail, String matched, LocalDate startDate,
		LocalDate endDate, double score) {

	/** The record's public page. */
	public String path() {
		return this.kind.path(this.slug);
	}

}
