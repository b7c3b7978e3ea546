package org.summittracker.system;

import java.util.regex.Pattern;

/**
 * The records' guard on the identifiers that join them with other data, the same rules as
 * {@link WikidataId} on the forms and the database's checks.
 */
public final class Identifiers {

	private static final Pattern WIKIDATA = Pattern.compile(WikidataId.PATTERN);

	private Identifiers() {
	}

	/** The Wikidata id, or null for none; refuses anything that is not one. */
	public static String wikidata(String id) {
		if (id != null && !WIKIDATA.matcher(id).matches()) {
			throw new IllegalArgumentException("A Wikidata id is Q and a number, such as Q43: " + id);
		}
		return id;
	}

}
