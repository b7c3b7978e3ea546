package org.summittracker.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.summittracker.person.Person;
import org.summittracker.person.PersonRepository;
import org.summittracker.person.Tenure;
import org.summittracker.person.TenureRepository;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.organization.Standing;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.system.DataVersions;
import org.summittracker.system.KeptPerDataVersion;
import org.summittracker.system.PageNumbers;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timelines of memberships, summits and a leader's meetings, each in at most three
 * statements.
 */
@Service
@Transactional(readOnly = true)
class Timelines {

	/** The narrowest mark, so a one-day meeting still shows on a decades-long axis. */
	private static final double MIN_MARK_WIDTH = 4;

	/** Pixels of the stub that stands for a standing whose start is not known. */
	static final double UNKNOWN_START_WIDTH = 14;

	private final OrganizationRepository organizations;

	private final InsightMemberships memberships;

	private final InsightSummits summits;

	private final PersonRepository people;

	private final TenureRepository tenures;

	private final AttendanceRepository attendances;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * The time axis's decades and their counts per organization (0 for every summit and
	 * meeting), kept per data version: a count over every summit, ~9 ms at 100x the data.
	 */
	private final KeptPerDataVersion<Long, List<EventTimeline.Decade>> decades;

	Timelines(OrganizationRepository organizations, InsightMemberships memberships, InsightSummits summits,
			PersonRepository people, TenureRepository tenures, AttendanceRepository attendances, JsonMapper json,
			Clock clock, DataVersions versions) {
		this.decades = new KeptPerDataVersion<>(versions, 1000);
		this.organizations = organizations;
		this.memberships = memberships;
		this.summits = summits;
		this.people = people;
		this.tenures = tenures;
		this.attendances = attendances;
		this.json = json;
		this.clock = clock;
	}

	MembershipTimeline membership(String slug) {
		Organization organization = this.organizations.findBySlug(slug)
			.orElseThrow(() -> new RecordNotFoundException("organization", slug));
		List<Membership> all = this.memberships.findOf(List.of(organization));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = Stream
			.concat(Stream.ofNullable(organization.getFounded()), all.stream().map(Membership::getStart))
			.filter(Objects::nonNull)
			.map((d) -> d.getDate())
			.min(Comparator.naturalOrder())
			.orElse(today);
		TimeAxis axis = TimeAxis.spanning(first, today);

		Map<Nation, List<Membership>> byNation = all.stream()
			.sorted(Comparator.comparing((Membership m) -> (m.getStart() != null) ? m.getStart().getDate() : null,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.collect(Collectors.groupingBy(Membership::getNation, LinkedHashMap::new, Collectors.toList()));
		List<Map.Entry<Nation, List<Membership>>> ordered = byNation.entrySet()
			.stream()
			.sorted(Comparator
				.comparing((Map.Entry<Nation, List<Membership>> e) -> firstKnownStart(e.getValue()),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((e) -> e.getKey().getName(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<MembershipTimeline.Lane> lanes = new ArrayList<>();
		for (Map.Entry<Nation, List<Membership>> entry : ordered) {
			double y = MembershipTimeline.AXIS_HEIGHT + lanes.size() * MembershipTimeline.LANE_HEIGHT;
			List<MembershipTimeline.Bar> bars = entry.getValue().stream().map((m) -> {
				// a bar reaches the end of its last day
				LocalDate end = (m.getEnd() != null) ? m.period().dayAfter() : today;
				if (m.getStart() == null) {
					// an unknown start is a short faded stub before the known end, never
					// a
					// bar from the axis start that would claim the standing held since
					// then
					double endX = axis.x(end);
					return new MembershipTimeline.Bar(m, endX - UNKNOWN_START_WIDTH, y + 4, UNKNOWN_START_WIDTH);
				}
				LocalDate start = m.getStart().getDate();
				return new MembershipTimeline.Bar(m, axis.x(start), y + 4, axis.width(start, end, MIN_MARK_WIDTH));
			}).toList();
			lanes.add(new MembershipTimeline.Lane(entry.getKey(), y, bars));
		}
		List<MembershipTimeline.CountStep> counts = memberCounts(all, axis.getFrom());
		return new MembershipTimeline(organization, axis, lanes, counts, chartJson(counts, today), today);
	}

	private static LocalDate firstKnownStart(List<Membership> memberships) {
		return memberships.stream()
			.map(Membership::getStart)
			.filter(Objects::nonNull)
			.map((d) -> d.getDate())
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * Full members from each day a member joined or was first gone (the day after its
	 * last day); a member since an unknown day counts from the start.
	 */
	static List<MembershipTimeline.CountStep> memberCounts(List<Membership> all, LocalDate since) {
		TreeMap<LocalDate, List<Nation>> joined = new TreeMap<>();
		TreeMap<LocalDate, List<Nation>> left = new TreeMap<>();
		for (Membership m : all) {
			if (m.getStanding() != Standing.MEMBER) {
				continue;
			}
			LocalDate start = (m.getStart() != null) ? m.getStart().getDate() : since;
			joined.computeIfAbsent(start, (d) -> new ArrayList<>()).add(m.getNation());
			if (m.getEnd() != null) {
				left.computeIfAbsent(m.period().dayAfter(), (d) -> new ArrayList<>()).add(m.getNation());
			}
		}
		List<LocalDate> days = Stream.concat(joined.keySet().stream(), left.keySet().stream())
			.distinct()
			.sorted()
			.toList();
		List<MembershipTimeline.CountStep> steps = new ArrayList<>();
		long members = 0;
		for (LocalDate day : days) {
			List<Nation> in = sortedByName(joined.getOrDefault(day, List.of()));
			List<Nation> out = sortedByName(left.getOrDefault(day, List.of()));
			members += in.size() - out.size();
			steps.add(new MembershipTimeline.CountStep(day, members, in, out));
		}
		return steps;
	}

	private static List<Nation> sortedByName(List<Nation> nations) {
		return nations.stream().sorted(Comparator.comparing(Nation::getName)).toList();
	}

	/**
	 * The member count as chart data: {@code {"points": [["2001-06-15", 6], ...]}}, held
	 * until today.
	 */
	private String chartJson(List<MembershipTimeline.CountStep> counts, LocalDate today) {
		List<List<Object>> points = new ArrayList<>();
		counts.forEach((step) -> points.add(List.of(step.date().toString(), step.members())));
		if (!counts.isEmpty() && counts.get(counts.size() - 1).date().isBefore(today)) {
			points.add(List.of(today.toString(), counts.get(counts.size() - 1).members()));
		}
		return safeForScriptElement(this.json.writeValueAsString(Map.of("points", points)));
	}

	/** JSON placed inside a script element must not be able to close it. */
	static String safeForScriptElement(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/**
	 * One decade of summits and meetings (the latest that has any, unless one is chosen),
	 * at most {@link EventTimeline#PAGE_SIZE} a page, with the decades to move to: what
	 * the page shows stays the same size however many summits there are.
	 */
	EventTimeline events(String organizationSlug, Integer decade, int page) {
		List<Organization> all = this.organizations.findAllByOrderByAcronym();
		Organization selected = null;
		if (organizationSlug != null && !organizationSlug.isBlank()) {
			selected = all.stream()
				.filter((o) -> o.getSlug().equals(organizationSlug))
				.findFirst()
				.orElseThrow(() -> new RecordNotFoundException("organization", organizationSlug));
		}
		Organization of = selected;
		List<EventTimeline.Decade> decades = this.decades.get((of != null) ? of.getId() : 0L,
				() -> this.summits.findTimelineDecades(of)
					.stream()
					.map((row) -> new EventTimeline.Decade(((Number) row[0]).intValue(), ((Number) row[1]).longValue()))
					.toList());
		if (decades.isEmpty()) {
			return new EventTimeline(selected, all, decades, null, null, List.of(), Page.empty());
		}
		// a decade asked for is one the database can date: from the year 0s to the 9990s
		int shownDecade = (decade != null) ? Math.floorDiv(Math.min(Math.max(decade, 0), 9999), 10) * 10
				: decades.get(decades.size() - 1).from();
		LocalDate from = LocalDate.of(Math.max(shownDecade, 1), 1, 1);
		Page<Summit> shown = this.summits.findForTimeline(selected, from, from.plusYears(10),
				PageNumbers.of(page, EventTimeline.PAGE_SIZE));
		if (shown.isEmpty()) {
			return new EventTimeline(selected, all, decades, shownDecade, null, List.of(), shown);
		}
		LocalDate first = shown.getContent().get(0).getStartDate();
		LocalDate last = shown.stream().map(Summit::getEndDate).max(Comparator.naturalOrder()).orElse(first);
		TimeAxis axis = TimeAxis.spanning(first, last);

		Map<Organization, List<Summit>> byOrganization = new TreeMap<>(
				Comparator.comparing(Organization::getAcronym, String.CASE_INSENSITIVE_ORDER));
		List<Summit> meetings = new ArrayList<>();
		for (Summit s : shown) {
			if (s.getKind() == SummitKind.ORGANIZATION_SUMMIT) {
				byOrganization.computeIfAbsent(s.getOrganization(), (o) -> new ArrayList<>()).add(s);
			}
			else {
				meetings.add(s);
			}
		}
		List<EventTimeline.Lane> lanes = new ArrayList<>();
		byOrganization.forEach((organization, held) -> lanes.add(eventLane(organization, held, axis, lanes.size())));
		if (!meetings.isEmpty()) {
			lanes.add(eventLane(null, meetings, axis, lanes.size()));
		}
		return new EventTimeline(selected, all, decades, shownDecade, axis, lanes, shown);
	}

	private static EventTimeline.Lane eventLane(Organization organization, List<Summit> held, TimeAxis axis,
			int index) {
		double y = EventTimeline.AXIS_HEIGHT + index * EventTimeline.LANE_HEIGHT;
		List<EventTimeline.Mark> marks = held.stream()
			.map((s) -> new EventTimeline.Mark(s, axis.x(s.getStartDate()), y + 5,
					axis.width(s.getStartDate(), s.getEndDate().plusDays(1), MIN_MARK_WIDTH)))
			.toList();
		return new EventTimeline.Lane(organization, y, marks);
	}

	PersonTimeline leader(String slug) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("leader", slug));
		List<Tenure> held = this.tenures.findByPerson(person);
		List<Attendance> involving = this.attendances.findInvolving(person);
		List<Attendance> own = involving.stream().filter((a) -> isPerson(a.getPerson(), person)).toList();
		Map<Long, Attendance> standIns = involving.stream()
			.filter((a) -> isPerson(a.getInsteadOf(), person))
			.collect(Collectors.toMap((a) -> a.getSummit().getId(), (a) -> a, (a, b) -> a));

		LocalDate today = LocalDate.now(this.clock);
		List<LocalDate> days = new ArrayList<>();
		held.forEach((t) -> days.add(t.getStart().getDate()));
		own.forEach((a) -> days.add(a.getSummit().getStartDate()));
		if (days.isEmpty()) {
			return new PersonTimeline(person, null, List.of(), own, standIns);
		}
		LocalDate first = days.stream().min(Comparator.naturalOrder()).orElse(today);
		LocalDate last = Stream.concat(Stream.of(today), own.stream().map((a) -> a.getSummit().getEndDate()))
			.max(Comparator.naturalOrder())
			.orElse(today);
		TimeAxis axis = TimeAxis.spanning(first, last);

		List<PersonTimeline.Lane> lanes = new ArrayList<>();
		Map<String, List<Tenure>> byOffice = held.stream()
			.sorted(Comparator.comparing((Tenure t) -> t.getStart().getDate()))
			.collect(Collectors.groupingBy((t) -> t.getOffice().getTitle(), LinkedHashMap::new, Collectors.toList()));
		byOffice.forEach((title, tenures) -> {
			double y = laneY(lanes.size());
			List<PersonTimeline.Bar> bars = tenures.stream().map((t) -> {
				LocalDate end = (t.getEnd() != null) ? t.period().dayAfter() : last;
				return new PersonTimeline.Bar(t, null, axis.x(t.getStart().getDate()), y + 6,
						axis.width(t.getStart().getDate(), end, MIN_MARK_WIDTH));
			}).toList();
			lanes.add(new PersonTimeline.Lane(title, null, y, bars));
		});
		addEventLane(lanes, "insight.leader.lane.summits",
				own.stream().filter((a) -> a.getSummit().getKind() == SummitKind.ORGANIZATION_SUMMIT).toList(), axis);
		addEventLane(lanes, "insight.leader.lane.meetings",
				own.stream().filter((a) -> a.getSummit().getKind() != SummitKind.ORGANIZATION_SUMMIT).toList(), axis);
		return new PersonTimeline(person, axis, lanes, own, standIns);
	}

	private static void addEventLane(List<PersonTimeline.Lane> lanes, String labelKey, List<Attendance> rows,
			TimeAxis axis) {
		if (rows.isEmpty()) {
			return;
		}
		double y = laneY(lanes.size());
		List<PersonTimeline.Bar> bars = rows.stream()
			.map((a) -> new PersonTimeline.Bar(null, a, axis.x(a.getSummit().getStartDate()), y + 4,
					axis.width(a.getSummit().getStartDate(), a.getSummit().getEndDate().plusDays(1), MIN_MARK_WIDTH)))
			.toList();
		lanes.add(new PersonTimeline.Lane(null, labelKey, y, bars));
	}

	private static double laneY(int index) {
		return PersonTimeline.AXIS_HEIGHT + index * PersonTimeline.LANE_HEIGHT;
	}

	private static boolean isPerson(Person candidate, Person person) {
		return candidate != null && candidate.getId().equals(person.getId());
	}

}
