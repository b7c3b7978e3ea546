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
import org.summittracker.source.Source;

/**
 * Another spelling of a person's name: "Mokhbar" in the article for Mohammad Mokhber,
 * "Erdogan" for Erdoğan.
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

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	protected PersonName() {
	}

	PersonName(Person person, String name, NameKind kind, Source source) {
		if (name == null || name.isBlank() || kind == null) {
			throw new IllegalArgumentException("An other name needs its text and kind");
		}
		this.person = person;
		this.name = name;
		this.kind = kind;
		this.source = source;
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

	public Source getSource() {
		return this.source;
	}

}
