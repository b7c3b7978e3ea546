package org.summittracker.search;

import java.util.List;

/**
 * What a search found, grouped by kind of record, the group with the best match first.
 */
record SearchResults(String query, List<Group> groups) {

	static SearchResults none(String query) {
		return new SearchResults(query, List.of());
	}

	/**
	 * No query was typed (or only spaces): the page explains what can be searched
	 * instead.
	 */
	public boolean blank() {
		return this.query.isBlank();
	}

	public boolean empty() {
		return this.groups.isEmpty();
	}

	public int count() {
		return this.groups.stream().mapToInt(Group::total).sum();
	}

	/**
	 * The records of one kind that matched, best first; {@code total} counts them all,
	 * shown or not.
	 */
	record Group(SearchKind kind, List<SearchHit> hits, int total) {

		public boolean truncated() {
			return this.total > this.hits.size();
		}

	}

}
