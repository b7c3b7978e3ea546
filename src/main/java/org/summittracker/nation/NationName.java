package org.summittracker.nation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** Another name a nation goes by (Türkiye for Turkey). */
@Entity
@Audited
public class NationName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Nation nation;

	private String name;

	private String note;

	protected NationName() {
	}

	NationName(Nation nation, String name, String note) {
		this.nation = nation;
		this.name = name;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getNote() {
		return this.note;
	}

}
