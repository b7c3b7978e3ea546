package org.summittracker.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.system.OtherName;

/**
 * Another spelling of a person's name: "Mokhbar" in the article for Mohammad Mokhber,
 * "Erdogan" for Erdoğan. The sources that use it are citations of the name.
 */
@Entity
@Audited
public class PersonName extends OtherName {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@Enumerated(EnumType.STRING)
	private NameKind kind;

	protected PersonName() {
	}

	PersonName(Person person, String name, NameKind kind) {
		super(name);
		if (name == null || name.isBlank() || kind == null) {
			throw new IllegalArgumentException("An other name needs its text and kind");
		}
		this.person = person;
		this.kind = kind;
	}

	public NameKind getKind() {
		return this.kind;
	}

	public Person getPerson() {
		return this.person;
	}

}
