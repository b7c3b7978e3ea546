package org.summittracker.search;

/**
 * The kinds of record the site search finds, in the order their groups appear when they
 * match equally well.
 */
enum SearchKind {

	PERSON("/leaders/"), NATION("/nations/"), ORGANIZATION("/organizations/"), SUMMIT("/summits/");

	private final String pathPrefix;

	SearchKind(String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	/** The public page of the record with this slug. */
	String path(String slug) {
		return this.pathPrefix + slug;
	}

}
