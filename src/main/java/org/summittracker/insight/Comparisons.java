package org.summittracker.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.RosterCount;
import org.summittracker.summit.Rosters;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.PageNumbers;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summits and organizations compared side by side, each comparison in at most three
 * statements.
 */
@Service
@Transactional(readOnly = true)
class Comparisons {

	private final InsightSummits summits;

	private final InsightAttendances attendances;

	private final InsightMemberships memberships;

	private final OrganizationRepository organizations;

	private final SummitRepository summitRecords;

	private final Clock clock;

	Comparisons(InsightSummits summits, InsightAttendances attendances, InsightMemberships memberships,
			OrganizationRepository organizations, SummitRepository summitRecords, Clock clock) {
		this.summits = summits;
		this.summitRecords = summitRecords;
		this.attendances = attendances;
		this.memberships = memberships;
		this.organizations = organizations;
		this.clock = clock;
	}

	/**
	 * The summits named by slug; an unknown slug is a missing record. The form offers at
	 * most {@link SummitComparison#CHOICES} summits: the chosen ones, then the newest, or
	 * those whose name holds {@code words}.
	 */
	SummitComparison summits(List<String> requested, String words) {
		Selection selection = Selection.of(requested);
		// the summits the form shows as chosen (the first that fit when there are too
		// many)
		List<String> shown = selection.slugs().subList(0, Math.min(selection.slugs().size(), Selection.MAX));
		Map<String, Summit> bySlug = shown.isEmpty() ? Map.of()
				: this.summits.findBySlugs(shown)
					.stream()
					.collect(Collectors.toMap(Summit::getSlug, Function.identity()));
		List<Summit> chosen = List.of();
		if (!selection.slugs().isEmpty() && !selection.tooMany()) {
			chosen = selection.slugs().stream().map((slug) -> found(bySlug, "summit", slug)).toList();
		}
		String typed = (words != null) ? words.strip() : "";
		List<SummitChoice> choices = choices(bySlug.values(), typed);
		List<SummitComparison.Row> rows = List.of();
		List<RosterCount> incomplete = List.of();
		if (chosen.size() >= Selection.MIN) {
			rows = summitRows(chosen, this.attendances.findAt(chosen));
			List<String> slugs = chosen.stream().map(Summit::getSlug).toList();
			incomplete = Rosters.of(this.summitRecords.findRosterCounts(slugs)).incomplete(slugs);
		}
		return new SummitComparison(chosen, rows, selection, choices, typed, incomplete);
	}

	/**
	 * The words as a LIKE pattern matches them literally: {@code %} and {@code _} too.
	 */
	private static String likeLiteral(String words) {
		return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The form's choices, at most {@link SummitComparison#CHOICES}: the chosen summits
	 * (already read), newest first, then the newest others whose name holds the words.
	 * The others are read in start-date order with a limit, which the start-date index
	 * serves; putting the chosen first in SQL sorted every summit (~8 ms at 100x the
	 * data).
	 */
	private List<SummitChoice> choices(Collection<Summit> chosen, String typed) {
		Comparator<SummitChoice> newestFirst = Comparator.comparing(SummitChoice::startDate)
			.reversed()
			.thenComparing(SummitChoice::name);
		List<SummitChoice> choices = new ArrayList<>(chosen.stream()
			.map((s) -> new SummitChoice(s.getSlug(), s.getName(), s.getStartDate()))
			.sorted(newestFirst)
			.toList());
		String[] excluded = chosen.isEmpty() ? new String[] { "" }
				: chosen.stream().map(Summit::getSlug).toArray(String[]::new);
		choices.addAll(this.summits.findChoices(likeLiteral(typed), excluded,
				PageNumbers.of(1, SummitComparison.CHOICES - choices.size())));
		return choices;
	}

	private static List<SummitComparison.Row> summitRows(List<Summit> chosen, List<Attendance> found) {
		Map<Long, Integer> column = columns(chosen.stream().map(Summit::getId).toList());
		Map<String, SummitComparison.Row> rows = new LinkedHashMap<>();
		for (Attendance a : found) {
			SummitComparison.Row row = rows.computeIfAbsent(rowKey(a), (key) -> {
				List<List<Attendance>> cells = new ArrayList<>();
				chosen.forEach((s) -> cells.add(new ArrayList<>()));
				return new SummitComparison.Row(a.getPerson(), a.getNation(), a.getOrganization(), cells);
			});
			row.cells().get(column.get(a.getSummit().getId())).add(a);
		}
		return rows.values().stream().sorted(SummitComparison.ORDER).toList();
	}

	private static String rowKey(Attendance a) {
		if (a.getPerson() != null) {
			return "person-" + a.getPerson().getId();
		}
		return (a.getNation() != null) ? "nation-" + a.getNation().getId()
				: "organization-" + a.getOrganization().getId();
	}

	/**
	 * The organizations named by slug with the standings that hold today; an unknown slug
	 * is a missing record.
	 */
	OrganizationComparison organizations(List<String> requested) {
		Selection selection = Selection.of(requested);
		LocalDate today = LocalDate.now(this.clock);
		List<Organization> all = this.organizations.findAllByOrderByAcronym();
		List<Organization> chosen = List.of();
		if (!selection.tooMany()) {
			Map<String, Organization> bySlug = all.stream()
				.collect(Collectors.toMap(Organization::getSlug, Function.identity()));
			chosen = selection.slugs().stream().map((slug) -> found(bySlug, "organization", slug)).toList();
		}
		List<OrganizationComparison.Row> rows = List.of();
		if (chosen.size() >= Selection.MIN) {
			rows = organizationRows(chosen, this.memberships.findHoldingOn(chosen, today));
		}
		return new OrganizationComparison(chosen, rows, selection, all, today);
	}

	private static List<OrganizationComparison.Row> organizationRows(List<Organization> chosen,
			List<Membership> holding) {
		Map<Long, Integer> column = columns(chosen.stream().map(Organization::getId).toList());
		Map<Long, OrganizationComparison.Row> rows = new LinkedHashMap<>();
		for (Membership m : holding) {
			OrganizationComparison.Row row = rows.computeIfAbsent(m.getNation().getId(),
					(id) -> new OrganizationComparison.Row(m.getNation(),
							Arrays.asList(new Membership[chosen.size()])));
			row.standings().set(column.get(m.getOrganization().getId()), m);
		}
		return rows.values().stream().sorted(OrganizationComparison.ORDER).toList();
	}

	/** Each compared record's column, by its id. */
	private static Map<Long, Integer> columns(List<Long> ids) {
		Map<Long, Integer> column = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			column.put(ids.get(i), i);
		}
		return column;
	}

	private static <T> T found(Map<String, T> bySlug, String kind, String slug) {
		T record = bySlug.get(slug);
		if (record == null) {
			throw new RecordNotFoundException(kind, slug);
		}
		return record;
	}

}
