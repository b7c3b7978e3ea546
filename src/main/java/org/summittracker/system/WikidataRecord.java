package org.summittracker.system;

import java.util.regex.Pattern;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * A record that Wikidata has an item for (a nation, an organization, a person, a summit):
 * its Wikidata id (such as Q43, Turkey; Q7747, Vladimir Putin) joins it with other data.
 * The record refuses an id that is not one, by the same rule as {@link WikidataId} on the
 * forms and the database's checks.
 */
@MappedSuperclass
@Audited
public abstract class WikidataRecord extends VersionedEntity {

	private static final Pattern WIKIDATA = Pattern.compile(WikidataId.PATTERN);

	private String wikidataId;

	/** Records the record's Wikidata item; null for none known. */
	public void identifyAs(String wikidataId) {
		if (wikidataId != null && !WIKIDATA.matcher(wikidataId).matches()) {
			throw new IllegalArgumentException("A Wikidata id is Q and a number, such as Q43: " + wikidataId);
		}
		this.wikidataId = wikidataId;
	}

	public String getWikidataId() {
		return this.wikidataId;
	}

}
