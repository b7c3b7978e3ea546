package org.summittracker.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * What a nation's and a person's other names share: the database's id and the name's text
 * (column {@code name}); the record it belongs to is the subclass's.
 */
@MappedSuperclass
@Audited
public abstract class OtherName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected OtherName() {
	}

	protected OtherName(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
