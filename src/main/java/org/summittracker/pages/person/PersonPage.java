package org.summittracker.pages.person;

import org.summittracker.person.Person;
import org.summittracker.person.Tenure;

import java.util.List;
import java.util.Optional;

import org.summittracker.source.Citations;
import org.summittracker.summit.Attendance;

import org.springframework.data.domain.Page;

/**
 * A leader's page: offices held, their summits and meetings in date order (a page of them
 * at a time), and where someone else was sent in their place.
 */
public record PersonPage(Person person, List<Tenure> tenures, List<Attendance> appearances,
		Page<Attendance> appearancePages, List<Attendance> representedBy, List<Tenure> standInTenures,
		Citations citations) {

	/**
	 * The office the person held on the first day of that summit: "In what capacity was
	 * Erdoğan at Astana?".
	 */
	public Optional<Tenure> officeAt(Attendance attendance) {
		return this.tenures.stream().filter((t) -> t.heldOn(attendance.getSummit().getStartDate())).findFirst();
	}

	/**
	 * The office held on the first day of that summit by whoever was sent in this
	 * person's place: "Minister of External Affairs", not just "Minister".
	 */
	public Optional<Tenure> standInOffice(Attendance attendance) {
		if (attendance.getPerson() == null) {
			return Optional.empty();
		}
		return this.standInTenures.stream()
			.filter((t) -> t.getPerson().getId().equals(attendance.getPerson().getId()))
			.filter((t) -> t.heldOn(attendance.getSummit().getStartDate()))
			.findFirst();
	}

}
