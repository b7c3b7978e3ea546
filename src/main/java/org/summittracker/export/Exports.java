package org.summittracker.export;

import java.io.OutputStream;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import tools.jackson.core.JsonGenerator;

import org.summittracker.organization.Standing;
import org.summittracker.summit.SummitKind;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each list and record page offers for download, with the page's filters, in at most
 * three statements each. A list exports every row that matches its filters, not only the
 * page shown.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

	/** A list exports every row, not a page of them. */
	private static final Pageable ALL = Pageable.unpaged();

	private final ExportRepository rows;

	private final ExportJson json;

	Exports(ExportRepository rows, ExportJson json) {
		this.rows = rows;
		this.json = json;
	}

	/**
	 * The summit list with the page's filters, every row, written to {@code out} as read.
	 */
	public void summits(String organization, int year, SummitKind kind, RowSink out) {
		try (Stream<SummitRow> rows = this.rows.streamSummits(blankIfNull(organization), year, kinds(kind))) {
			out.write(SummitRow.class, rows);
		}
	}

	/** A summit and its attendance rows. */
	public Detail summit(String slug) {
		SummitRow summit = this.rows.findSummit(slug).orElseThrow(() -> new RecordNotFoundException("summit", slug));
		return new Detail(slug, "summit", summit,
				Map.of("attendance", new Rows<>(AttendanceRow.class, () -> this.rows.findAttendanceAt(slug).stream())));
	}

	/**
	 * The leader list with the page's filter, every row with its current offices, written
	 * to {@code out} as read.
	 */
	public void leaders(String nation, RowSink out) {
		try (Stream<PersonRow> rows = this.rows.streamLeaders(blankIfNull(nation))) {
			out.write(PersonRow.class, rows);
		}
	}

	/**
	 * A leader and every summit and meeting they attended, stayed away from, or sent
	 * someone to.
	 */
	public Detail leader(String slug) {
		PersonRow leader = this.rows.findLeader(slug).orElseThrow(() -> new RecordNotFoundException("leader", slug));
		return new Detail(slug, "leader", withCurrentOffices(List.of(leader)).get(0),
				Map.of("appearances", new Rows<>(AttendanceRow.class, () -> this.rows.streamAppearancesOf(slug))));
	}

	public Table<NationRow> nations() {
		return Table.of(NationRow.class, withCurrentStandings(this.rows.findNations(ALL).getContent(), ""));
	}

	/**
	 * A nation, its standings in organizations over time and the summits at which it was
	 * represented.
	 */
	public Detail nation(String slug) {
		NationRow nation = this.rows.findNation(slug).orElseThrow(() -> new RecordNotFoundException("nation", slug));
		Map<String, Rows<?>> tables = new LinkedHashMap<>();
		tables.put("memberships",
				new Rows<>(MembershipRow.class, () -> this.rows.findMembershipsOfNation(slug).stream()));
		tables.put("representations", new Rows<>(AttendanceRow.class, () -> this.rows.streamRepresentationsOf(slug)));
		return new Detail(slug, "nation", withCurrentStandings(List.of(nation), slug).get(0), tables);
	}

	public Table<OrganizationRow> organizations() {
		return Table.of(OrganizationRow.class, withCounts(this.rows.findOrganizations(ALL).getContent()));
	}

	/** An organization and every nation's standing in it over time. */
	public Detail organization(String slug) {
		OrganizationRow organization = this.rows.findOrganization(slug)
			.orElseThrow(() -> new RecordNotFoundException("organization", slug));
		return new Detail(slug, "organization", withCounts(List.of(organization)).get(0), Map.of("memberships",
				new Rows<>(MembershipRow.class, () -> this.rows.findMembershipsIn(slug).stream())));
	}

	/** The kinds a summit filter selects: the one chosen, or every kind. */
	public static Collection<SummitKind> kinds(SummitKind kind) {
		return (kind != null) ? Set.of(kind) : EnumSet.allOf(SummitKind.class);
	}

	public static String blankIfNull(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * The rows with each person's current offices filled in, in one statement for all of
	 * them.
	 */
	public List<PersonRow> withCurrentOffices(List<PersonRow> leaders) {
		if (leaders.isEmpty()) {
			return leaders;
		}
		Map<String, String> offices = joined(
				this.rows.findCurrentOffices(leaders.stream().map(PersonRow::slug).toList()));
		return leaders.stream().map((l) -> l.withCurrentOffices(offices.get(l.slug()))).toList();
	}

	/**
	 * The rows with each nation's current standings filled in; {@code nation} narrows the
	 * query to one.
	 */
	public List<NationRow> withCurrentStandings(List<NationRow> nations, String nation) {
		Map<String, String> standings = joined(this.rows.findCurrentStandings(nation));
		return nations.stream().map((n) -> n.withCurrentMemberships(standings.get(n.slug()))).toList();
	}

	/** The rows with how many nations hold each standing today. */
	public List<OrganizationRow> withCounts(List<OrganizationRow> organizations) {
		Map<String, Map<Standing, Long>> tallies = new LinkedHashMap<>();
		for (StandingTally tally : this.rows.countCurrentStandings()) {
			tallies.computeIfAbsent(tally.organizationSlug(), (k) -> new EnumMap<>(Standing.class))
				.put(tally.standing(), tally.count());
		}
		return organizations.stream().map((o) -> {
			Map<Standing, Long> counts = tallies.getOrDefault(o.slug(), Map.of());
			return o.withCounts(counts.getOrDefault(Standing.MEMBER, 0L), counts.getOrDefault(Standing.ACCEDING, 0L),
					counts.getOrDefault(Standing.OBSERVER, 0L), counts.getOrDefault(Standing.DIALOGUE_PARTNER, 0L));
		}).toList();
	}

	private static Map<String, String> joined(List<Labelled> labels) {
		return labels.stream()
			.collect(Collectors.groupingBy(Labelled::slug, LinkedHashMap::new,
					Collectors.mapping(Labelled::label, Collectors.joining("; "))));
	}

	/**
	 * Writes one of a record's tables as its rows are read; a table the record does not
	 * list is a 404 (before anything is written).
	 */
	public void write(Detail record, String table, RowSink out) {
		record.table(table).writeTo(out);
	}

	/**
	 * Writes a record's JSON export: an object with the record under its kind and each
	 * table, streamed, under its name.
	 */
	public void writeJson(Detail record, OutputStream out) {
		try (JsonGenerator json = this.json.generator(out)) {
			json.writeStartObject();
			json.writeName(record.kind());
			this.json.write(json, record.record());
			for (Map.Entry<String, Rows<?>> table : record.tables().entrySet()) {
				json.writeName(table.getKey());
				table.getValue().writeTo(this.json.arrayIn(json));
			}
			json.writeEndObject();
		}
	}

	/**
	 * A record page's export: the record itself and the tables the page lists, by name,
	 * each read when it is written. The JSON export is an object with the record under
	 * {@code kind} and each table under its name; the CSV export is one of the tables.
	 */
	public record Detail(String slug, String kind, Record record, Map<String, Rows<?>> tables) {

		Rows<?> table(String name) {
			Rows<?> table = this.tables.get(name);
			if (table == null) {
				throw new RecordNotFoundException("table", name);
			}
			return table;
		}

	}

	/** One table of a record, read (within the writing transaction) as it is written. */
	public record Rows<R extends Record>(Class<R> type, Supplier<Stream<R>> read) {

		void writeTo(RowSink out) {
			try (Stream<R> rows = this.read.get()) {
				out.write(this.type, rows);
			}
		}

	}

}
