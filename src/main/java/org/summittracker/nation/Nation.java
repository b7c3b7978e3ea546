package org.summittracker.nation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.summittracker.system.WikidataRecord;

/** A sovereign state, identified by its ISO 3166-1 codes. */
@Entity
@Audited
public class Nation extends WikidataRecord {

	private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

	private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

	private static final Pattern NUMERIC = Pattern.compile("[0-9]{3}");

	private String slug;

	private String name;

	private String officialName;

	private String isoAlpha2;

	private String isoAlpha3;

	private String isoNumeric;

	@OneToMany(mappedBy = "nation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("name")
	private List<NationName> otherNames = new ArrayList<>();

	protected Nation() {
	}

	public Nation(String slug, String name, String isoAlpha2, String isoAlpha3) {
		update(slug, name, null, isoAlpha2, isoAlpha3);
	}

	/**
	 * Changes what an editor may change; the ISO codes, where given, must be upper-case
	 * ISO 3166-1 alpha-2 and alpha-3 (a historical state such as Czechoslovakia has
	 * none).
	 */
	public void update(String slug, String name, String officialName, String isoAlpha2, String isoAlpha3) {
		if (isoAlpha2 != null && !ALPHA2.matcher(isoAlpha2).matches()) {
			throw new IllegalArgumentException("An ISO 3166-1 alpha-2 code is two upper-case letters: " + isoAlpha2);
		}
		if (isoAlpha3 != null && !ALPHA3.matcher(isoAlpha3).matches()) {
			throw new IllegalArgumentException("An ISO 3166-1 alpha-3 code is three upper-case letters: " + isoAlpha3);
		}
		this.slug = slug;
		this.name = name;
		this.officialName = officialName;
		this.isoAlpha2 = isoAlpha2;
		this.isoAlpha3 = isoAlpha3;
	}

	/**
	 * Records the identifiers that join the nation with other data: its ISO 3166-1
	 * numeric code (three digits, such as 792) and its Wikidata item (such as Q43); null
	 * for one not known.
	 */
	public void identifyAs(String isoNumeric, String wikidataId) {
		if (isoNumeric != null && !NUMERIC.matcher(isoNumeric).matches()) {
			throw new IllegalArgumentException("An ISO 3166-1 numeric code is three digits: " + isoNumeric);
		}
		this.isoNumeric = isoNumeric;
		identifyAs(wikidataId);
	}

	/**
	 * Records another name the nation goes by; the database refuses a name recorded
	 * twice.
	 */
	public NationName addOtherName(String otherName, String note) {
		NationName added = new NationName(this, otherName, note);
		this.otherNames.add(added);
		return added;
	}

	/**
	 * Removes one of the nation's other names; the removed name, or null if the nation
	 * has no such name.
	 */
	public NationName removeOtherName(Long otherNameId) {
		NationName removed = this.otherNames.stream()
			.filter((n) -> n.getId().equals(otherNameId))
			.findFirst()
			.orElse(null);
		if (removed != null) {
			this.otherNames.remove(removed);
		}
		return removed;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getOfficialName() {
		return this.officialName;
	}

	public String getIsoAlpha2() {
		return this.isoAlpha2;
	}

	public String getIsoAlpha3() {
		return this.isoAlpha3;
	}

	public String getIsoNumeric() {
		return this.isoNumeric;
	}

	public List<NationName> getOtherNames() {
		return this.otherNames;
	}

	/**
	 * The flag as an emoji, derived from the alpha-2 code (two regional indicator
	 * symbols); empty for a historical state without a code.
	 */
	public String getFlag() {
		return flagOf(this.isoAlpha2);
	}

	static String flagOf(String alpha2) {
		StringBuilder flag = new StringBuilder();
		if (alpha2 == null) {
			return "";
		}
		alpha2.chars().forEach((c) -> flag.appendCodePoint(0x1F1E6 + (c - 'A')));
		return flag.toString();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
