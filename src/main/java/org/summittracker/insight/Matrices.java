package org.summittracker.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.organization.Standing;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance matrices: an organization's summits or a year's, each in at most four
 * statements.
 */
@Service
@Transactional(readOnly = true)
class Matrices {

	private static final Comparator<AttendanceMatrix.Row> ROW_ORDER = Comparator
		.comparingInt(AttendanceMatrix.Row::rank)
		.thenComparing(AttendanceMatrix.Row::sortName, String.CASE_INSENSITIVE_ORDER);

	private final InsightSummits summits;

	private final InsightAttendances attendances;

	private final InsightMemberships memberships;

	private final OrganizationRepository organizations;

	private final SummitRepository summitRecords;

	private final Clock clock;

	Matrices(InsightSummits summits, InsightAttendances attendances, InsightMemberships memberships,
			OrganizationRepository organizations, SummitRepository summitRecords, Clock clock) {
		this.summits = summits;
		this.summitRecords = summitRecords;
		this.attendances = attendances;
		this.memberships = memberships;
		this.organizations = organizations;
		this.clock = clock;
	}

	/**
	 * An organization's summits, at most {@link AttendanceMatrix#COLUMNS} at a time: the
	 * newest, or the page of them asked for.
	 */
	AttendanceMatrix of(String organizationSlug, Integer page) {
		Organization organization = this.organizations.findBySlug(organizationSlug)
			.orElseThrow(() -> new RecordNotFoundException("organization", organizationSlug));
		List<Summit> series = this.summits.findSeriesOf(organization);
		AttendanceMatrix.Columns window = AttendanceMatrix.Columns.of(series.size(), page, true);
		List<Summit> columns = window.of(series);
		List<Membership> standings = this.memberships.findOf(List.of(organization));
		return new AttendanceMatrix(organization, null, columns, rows(columns, standings), List.of(), window);
	}

	/**
	 * Every organization's summits in the given year, at most
	 * {@link AttendanceMatrix#COLUMNS} at a time; without a year, the latest year up to
	 * this one.
	 */
	AttendanceMatrix ofYear(Integer requestedYear, Integer page) {
		List<Integer> years = this.summitRecords.findYearsOf(SummitKind.ORGANIZATION_SUMMIT.name());
		int thisYear = LocalDate.now(this.clock).getYear();
		int year = (requestedYear != null) ? requestedYear
				: this.summits.findLatestYearWithAttendance(thisYear)
					.stream()
					.findFirst()
					.orElse(years.stream().filter((y) -> y <= thisYear).findFirst().orElse(thisYear));
		List<Summit> inYear = this.summits.findOrganizationSummitsIn(year);
		AttendanceMatrix.Columns window = AttendanceMatrix.Columns.of(inYear.size(), page, false);
		List<Summit> columns = window.of(inYear);
		Set<Organization> convening = columns.stream()
			.map(Summit::getOrganization)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<Membership> standings = convening.isEmpty() ? List.of() : this.memberships.findOf(convening);
		return new AttendanceMatrix(null, year, columns, rows(columns, standings), years, window);
	}

	/** The matrix's rows, from the standings and the attendance at its columns. */
	private List<AttendanceMatrix.Row> rows(List<Summit> columns, List<Membership> standings) {
		List<Attendance> listed = columns.isEmpty() ? List.of() : this.attendances.findAt(columns);
		Map<Long, List<Membership>> byNation = standings.stream()
			.collect(Collectors.groupingBy((m) -> m.getNation().getId()));
		Map<Long, Nation> nations = new LinkedHashMap<>();
		standings.stream()
			.filter((m) -> columns.stream().anyMatch((s) -> holds(m, s)))
			.forEach((m) -> nations.putIfAbsent(m.getNation().getId(), m.getNation()));
		Map<Long, Organization> represented = new LinkedHashMap<>();
		Map<String, List<Attendance>> byCell = new LinkedHashMap<>();
		for (Attendance a : listed) {
			Nation nation = nationOf(a);
			if (nation != null) {
				nations.putIfAbsent(nation.getId(), nation);
				byCell.computeIfAbsent(cellKey("nation", nation.getId(), a.getSummit()), (k) -> new ArrayList<>())
					.add(a);
			}
			else if (a.getOrganization() != null) {
				represented.putIfAbsent(a.getOrganization().getId(), a.getOrganization());
				byCell
					.computeIfAbsent(cellKey("organization", a.getOrganization().getId(), a.getSummit()),
							(k) -> new ArrayList<>())
					.add(a);
			}
		}
		List<AttendanceMatrix.Row> rows = new ArrayList<>();
		for (Nation nation : nations.values()) {
			List<Membership> held = byNation.getOrDefault(nation.getId(), List.of());
			List<AttendanceMatrix.Cell> cells = columns.stream().map((s) -> {
				List<Attendance> came = byCell.getOrDefault(cellKey("nation", nation.getId(), s), List.of());
				return new AttendanceMatrix.Cell(standingOn(held, s, s.getStartDate()),
						standingOn(held, s, s.getEndDate()), recordedStanding(came), sorted(came));
			}).toList();
			rows.add(new AttendanceMatrix.Row(nation, null, cells));
		}
		for (Organization organization : represented.values()) {
			List<AttendanceMatrix.Cell> cells = columns.stream().map((s) -> {
				List<Attendance> came = byCell.getOrDefault(cellKey("organization", organization.getId(), s),
						List.of());
				return new AttendanceMatrix.Cell(null, null, came.isEmpty() ? null : AttendanceStanding.ORGANIZATION,
						sorted(came));
			}).toList();
			rows.add(new AttendanceMatrix.Row(null, organization, cells));
		}
		rows.sort(ROW_ORDER);
		return rows;
	}

	/**
	 * The nation an attendance row stands for: the one represented, else the person's
	 * own.
	 */
	private static Nation nationOf(Attendance a) {
		if (a.getNation() != null) {
			return a.getNation();
		}
		if (a.getOrganization() == null && a.getPerson() != null) {
			return a.getPerson().getNationality();
		}
		return null;
	}

	private static String cellKey(String kind, Long id, Summit summit) {
		return kind + "-" + id + "-" + summit.getId();
	}

	private static boolean holds(Membership m, Summit s) {
		return m.getOrganization().getId().equals(s.getOrganization().getId())
				&& (m.isValidOn(s.getStartDate()) || m.isValidOn(s.getEndDate()));
	}

	private static Standing standingOn(List<Membership> held, Summit summit, LocalDate day) {
		return held.stream()
			.filter((m) -> m.getOrganization().getId().equals(summit.getOrganization().getId()))
			.filter((m) -> m.isValidOn(day))
			.map(Membership::getStanding)
			.findFirst()
			.orElse(null);
	}

	private static AttendanceStanding recordedStanding(List<Attendance> came) {
		return came.stream().map(Attendance::getStanding).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** Present first, then stand-ins, then those who stayed away. */
	private static List<Attendance> sorted(List<Attendance> came) {
		return came.stream()
			.sorted(Comparator.comparing(Attendance::isAbsence)
				.thenComparing((a) -> (a.getPerson() != null) ? a.getPerson().getSortName() : ""))
			.toList();
	}

}
