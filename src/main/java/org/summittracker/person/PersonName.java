package org.summittracker.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * Another spelling of a person's name: "Mokhbar" in the article for Mohammad Mokhber,
 * "Erdogan" for Erdoğan. The sources that use it are citations of the name.
 */
@Entity
@Audited
public class PersonName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String name;

	@Enumerated(EnumType.STRING)
	private NameKind kind;

	protected PersonName() {
	}

	PersonName(Person person, String name, NameKind kind) {
		if (name == null || name.isBlank() || kind == null) {
			throw new IllegalArgumentException("An other name needs its text and kind");
		}
		this.person = person;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public NameKind getKind() {
		return this.kind;
	}

	public Person getPerson() {
		return this.person;
	}

}
