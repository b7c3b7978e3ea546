package org.summittracker.pages.summit;

import org.summittracker.summit.Bridge;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.Summit;
import org.summittracker.summit.Rosters;
import org.summittracker.summit.SummitLink;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.organization.MemberCounts;
import org.summittracker.source.Citations;

/**
 * Everything the summit page shows, loaded in a fixed handful of statements: the summit,
 * its attendance grouped by standing, who stayed away and whom they sent, meetings on its
 * sidelines, the previous and next summit, the member count at its start and end and how
 * many of those members have a recorded delegation, leaders who went on to (or came from)
 * another bloc's summit with how complete both rosters are, and the sources.
 */
public record SummitPage(Summit summit, Map<AttendanceStanding, List<Attendance>> groups, List<Attendance> absences,
		List<Summit> sidelines, SummitLink previous, SummitLink next, MemberCounts memberCounts,
		Delegations delegations, List<Bridge> bridges, Rosters rosters, Citations citations) {

	static final Comparator<Attendance> TABLE_ORDER = Comparator
		.comparing((Attendance a) -> a.getCapacity() != Capacity.HOST)
		.thenComparing((a) -> (a.getNation() != null) ? a.getNation().getName()
				: (a.getOrganization() != null) ? a.getOrganization().getName() : "")
		.thenComparing((a) -> (a.getPerson() != null) ? a.getPerson().getSortName() : "");

	static Map<AttendanceStanding, List<Attendance>> group(List<Attendance> present) {
		Map<AttendanceStanding, List<Attendance>> groups = new EnumMap<>(AttendanceStanding.class);
		present.stream()
			.sorted(TABLE_ORDER)
			.forEach((a) -> groups.computeIfAbsent(a.getGroup(), (k) -> new java.util.ArrayList<>()).add(a));
		return groups;
	}

	/** Who was sent in place of the given absentee, if anyone. */
	public Optional<Attendance> standInFor(Attendance absence) {
		if (absence.getPerson() == null) {
			return Optional.empty();
		}
		return this.groups.values()
			.stream()
			.flatMap(List::stream)
			.filter((a) -> a.getInsteadOf() != null && a.getInsteadOf().getId().equals(absence.getPerson().getId()))
			.findFirst();
	}

	public int attendeeCount() {
		return this.groups.values().stream().mapToInt(List::size).sum();
	}

}
