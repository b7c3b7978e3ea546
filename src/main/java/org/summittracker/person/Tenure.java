package org.summittracker.person;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.system.PartialDate;
import org.summittracker.system.DatedRelationship;

/**
 * A person holding an office over a period, possibly in an acting capacity (Wikidata
 * "position held").
 */
@Entity
@Audited
public class Tenure extends DatedRelationship {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Office office;

	private boolean acting;

	protected Tenure() {
	}

	public Tenure(Person person, Office office, PartialDate start, PartialDate end, boolean acting) {
		update(person, office, start, end, acting, null);
	}

	/**
	 * Changes who held which office when; the tenure still cannot end before it starts.
	 */
	public void update(Person person, Office office, PartialDate start, PartialDate end, boolean acting, String note) {
		if (person == null || office == null || start == null) {
			throw new IllegalArgumentException("A tenure needs a person, an office and a start");
		}
		changeDates(start, end, note);
		this.person = person;
		this.office = office;
		this.acting = acting;
	}

	public Person getPerson() {
		return this.person;
	}

	public Office getOffice() {
		return this.office;
	}

	public boolean isActing() {
		return this.acting;
	}

	/**
	 * Whether the person held the office on the given day, its start's first day and its
	 * end's last day included.
	 */
	public boolean heldOn(LocalDate day) {
		return period().includes(day);
	}

}
