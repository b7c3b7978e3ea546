package org.summittracker.summit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.summittracker.person.Office;
import org.summittracker.person.Person;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.system.VersionedEntity;

/**
 * One row of a summit's attendance: a person and/or the nation or organization
 * represented, the capacity, the standing at that summit, what is known (expected,
 * reported, attended, absent, declined) and, where someone was sent, whom they came
 * instead of.
 */
@Entity
@Audited
public class Attendance extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Summit summit;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	private Nation nation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organization organization;

	@Enumerated(EnumType.STRING)
	private Capacity capacity;

	@Enumerated(EnumType.STRING)
	private AttendanceStanding standing;

	@Enumerated(EnumType.STRING)
	private AttendanceStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person insteadOf;

	/**
	 * The post the person held at the summit ("Minister of External Affairs of India"),
	 * where known: the capacity says its kind.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	private Office office;

	private String note;

	protected Attendance() {
	}

	public Attendance(Summit summit, Person person, Nation nation, Organization organization, Capacity capacity,
			AttendanceStatus status) {
		if (person == null && nation == null && organization == null) {
			throw new IllegalArgumentException("An attendance names a person, a nation or an organization");
		}
		if (nation != null && organization != null) {
			throw new IllegalArgumentException("An attendance represents a nation or an organization, not both");
		}
		this.summit = summit;
		this.person = person;
		this.nation = nation;
		this.organization = organization;
		this.capacity = capacity;
		this.status = status;
	}

	/**
	 * Changes the row as an editor may; the same rules as a new row, and an office held
	 * on the day only with the person who held it.
	 */
	public void update(Person person, Nation nation, Organization organization, Capacity capacity,
			AttendanceStanding standing, AttendanceStatus status, Person insteadOf, Office office, String note) {
		if (person == null && nation == null && organization == null) {
			throw new IllegalArgumentException("An attendance names a person, a nation or an organization");
		}
		if (nation != null && organization != null) {
			throw new IllegalArgumentException("An attendance represents a nation or an organization, not both");
		}
		if (insteadOf != null && insteadOf == person) {
			throw new IllegalArgumentException("Nobody is sent instead of themselves");
		}
		if (office != null && person == null) {
			throw new IllegalArgumentException("An office held on the day needs the person who held it");
		}
		this.office = office;
		this.person = person;
		this.nation = nation;
		this.organization = organization;
		this.capacity = capacity;
		this.standing = standing;
		this.status = status;
		this.insteadOf = insteadOf;
		this.note = note;
	}

	public Office getOffice() {
		return this.office;
	}

	public Summit getSummit() {
		return this.summit;
	}

	public Person getPerson() {
		return this.person;
	}

	public Nation getNation() {
		return this.nation;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public Capacity getCapacity() {
		return this.capacity;
	}

	public AttendanceStanding getStanding() {
		return this.standing;
	}

	public AttendanceStatus getStatus() {
		return this.status;
	}

	public Person getInsteadOf() {
		return this.insteadOf;
	}

	public String getNote() {
		return this.note;
	}

	public boolean isAbsence() {
		return this.status.isAbsence();
	}

	/** Whether this person was sent in place of someone else. */
	public boolean isStandIn() {
		return this.insteadOf != null;
	}

	/** The group the summit page lists this row under. */
	public AttendanceStanding getGroup() {
		if (this.standing != null) {
			return this.standing;
		}
		return (this.organization != null) ? AttendanceStanding.ORGANIZATION : AttendanceStanding.GUEST;
	}

}
