package org.summittracker.person;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.system.PartialDate;
import org.summittracker.system.PartialPeriod;
import org.summittracker.system.VersionedEntity;

/**
 * A person holding an office over a period, possibly in an acting capacity (Wikidata
 * "position held").
 */
@Entity
@Audited
public class Tenure extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Office office;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "start_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
	private PartialDate start;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "end_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
	private PartialDate end;

	private boolean acting;

	private String note;

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
		if (new PartialPeriod(start, end).endsBeforeItStarts()) {
			throw new IllegalArgumentException("A tenure cannot end before it starts");
		}
		this.person = person;
		this.office = office;
		this.start = start;
		this.end = end;
		this.acting = acting;
		this.note = note;
	}

	public Person getPerson() {
		return this.person;
	}

	public Office getOffice() {
		return this.office;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public PartialDate getEnd() {
		return this.end;
	}

	public boolean isActing() {
		return this.acting;
	}

	public String getNote() {
		return this.note;
	}

	public boolean isCurrent() {
		return this.end == null;
	}

	/**
	 * Whether the person held the office on the given day, its start's first day and its
	 * end's last day included.
	 */
	public boolean heldOn(LocalDate day) {
		return period().includes(day);
	}

	/** Its dates as a period: from the start's first day through the end's last day. */
	public PartialPeriod period() {
		return new PartialPeriod(this.start, this.end);
	}

}
