package org.summittracker.nation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.system.OtherName;

/** Another name a nation goes by (Türkiye for Turkey). */
@Entity
@Audited
public class NationName extends OtherName {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Nation nation;

	private String note;

	protected NationName() {
	}

	NationName(Nation nation, String name, String note) {
		super(name);
		this.nation = nation;
		this.note = note;
	}

	public String getNote() {
		return this.note;
	}

}
