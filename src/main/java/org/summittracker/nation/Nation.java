package org.summittracker.nation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A sovereign state, identified by its ISO 3166-1 codes. */
@Entity
@Audited
public class Nation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String officialName;

	private String isoAlpha2;

	private String isoAlpha3;

	@OneToMany(mappedBy = "nation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("name")
	private List<NationName> otherNames = new ArrayList<>();

	@Version
	private long version;

	protected Nation() {
	}

	public Nation(String slug, String name, String isoAlpha2, String isoAlpha3) {
		this.slug = slug;
		this.name = name;
		this.isoAlpha2 = isoAlpha2;
		this.isoAlpha3 = isoAlpha3;
	}

	public Long getId() {
		return this.id;
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

	public List<NationName> getOtherNames() {
		return this.otherNames;
	}

	public long getVersion() {
		return this.version;
	}

	/** The flag as an emoji, derived from the alpha-2 code (two regional indicator symbols). */
	public String getFlag() {
		return flagOf(this.isoAlpha2);
	}

	static String flagOf(String alpha2) {
		StringBuilder flag = new StringBuilder();
		alpha2.chars().forEach((c) -> flag.appendCodePoint(0x1F1E6 + (c - 'A')));
		return flag.toString();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
