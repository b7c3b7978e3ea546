package org.summittracker.pages.person;

import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.PersonRepository;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import org.summittracker.nation.Nation;
import org.summittracker.pages.Slices;
import org.summittracker.source.CitationRepository;
import org.summittracker.source.Citations;
import org.summittracker.source.CitedRecord.Kind;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.PageNumbers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	private final TenureRepository tenures;

	private final AttendanceRepository attendances;

	private final CitationRepository citations;

	PersonService(PersonRepository people, TenureRepository tenures, AttendanceRepository attendances,
			CitationRepository citations) {
		this.people = people;
		this.tenures = tenures;
		this.attendances = attendances;
		this.citations = citations;
	}

	public PersonPage page(String slug) {
		return page(slug, 1);
	}

	/** The leader's page, with page {@code number} of their summits and meetings. */
	public PersonPage page(String slug, int number) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("leader", slug));
		Page<Attendance> shown = Slices.query(number,
				(pageable) -> this.attendances.findAppearances(person.getId(), pageable));
		List<Attendance> representedBy = this.attendances.findRepresenting(person.getId());
		// the leader's offices and those of whoever was sent in their place, in one
		// statement
		Set<Long> people = new LinkedHashSet<>(List.of(person.getId()));
		representedBy.stream().filter((a) -> a.getPerson() != null).forEach((a) -> people.add(a.getPerson().getId()));
		List<Tenure> offices = this.tenures.findByPeople(people.toArray(Long[]::new));
		List<Tenure> held = offices.stream().filter((t) -> t.getPerson().getId().equals(person.getId())).toList();
		List<Tenure> standIns = offices.stream().filter((t) -> !t.getPerson().getId().equals(person.getId())).toList();
		Citations cited = Citations.of(this.citations.findFor(Map.of(Kind.PERSON, List.of(person.getId()),
				Kind.PERSON_NAME, Citations.ids(person.getOtherNames(), PersonName::getId), Kind.TENURE,
				Citations.ids(held, Tenure::getId), Kind.OFFICE, Citations.ids(held, (t) -> t.getOffice().getId()),
				Kind.ATTENDANCE, Citations.ids(shown.getContent(), Attendance::getId))));
		return new PersonPage(person, held, shown.getContent(), shown, representedBy, standIns, cited);
	}

	public Page<Person> search(String nation, int page, int size, Sort sort) {
		return this.people.search((nation != null) ? nation : "", PageNumbers.ofIndex(page, size, sort));
	}

	/** Each listed person's current offices, in one statement for the whole page. */
	public Map<Long, List<Tenure>> currentOffices(List<Person> listed) {
		if (listed.isEmpty()) {
			return Map.of();
		}
		return this.tenures.findCurrentOf(listed.stream().map(Person::getId).toArray(Long[]::new))
			.stream()
			.collect(Collectors.groupingBy((t) -> t.getPerson().getId()));
	}

	public List<Nation> nationalities() {
		return this.people.findNationalities();
	}

}
