package org.summittracker.summit;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.summittracker.person.Person;

/**
 * One row of the {@code bridge} table: a person who attended the first summit and then
 * another organization's summit starting within two weeks of its end. The database keeps
 * the table current in the transaction of every attendance or summit change (V61's
 * triggers); the application only reads it.
 */
@Entity
@Immutable
@Table(name = "bridge")
@IdClass(BridgeLink.Key.class)
class BridgeLink {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "first_summit_id")
	private Summit first;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "second_summit_id")
	private Summit second;

	protected BridgeLink() {
	}

	/** The identity of a row: the person and the two summits. */
	record Key(Long person, Long first, Long second) implements Serializable {
	}

}
