package org.summittracker.historian;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows an import writes, collected in memory with ids taken from the tables' own
 * sequences, then written table by table in JDBC batches, parents first.
 */
final class HistorianWrites {

	private static final Logger log = LoggerFactory.getLogger(HistorianWrites.class);

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final Map<String, Deque<Long>> ids = new HashMap<>();

	final List<Object[]> nations = new ArrayList<>();

	final List<Object[]> nationNames = new ArrayList<>();

	final List<Object[]> organizations = new ArrayList<>();

	final List<Object[]> sources = new ArrayList<>();

	final List<Object[]> people = new ArrayList<>();

	final List<Object[]> personNames = new ArrayList<>();

	final List<Object[]> offices = new ArrayList<>();

	final List<Object[]> tenures = new ArrayList<>();

	final List<PendingSummit> summits = new ArrayList<>();

	final List<Object[]> attendance = new ArrayList<>();

	private final Map<String, List<Object[]>> citations = new LinkedHashMap<>();

	private final List<Object[]> newRecords = new ArrayList<>();

	private final List<Object[]> changedRecords = new ArrayList<>();

	private final List<Object[]> facts = new ArrayList<>();

	private final List<Object[]> factUpdates = new ArrayList<>();

	private final List<Object[]> reviews = new ArrayList<>();

	private final List<Object[]> reviewPeople = new ArrayList<>();

	int summitsCreated;

	HistorianWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A summit or meeting to insert; its dates may still widen while the import runs. */
	static final class PendingSummit {

		final long id;

		final String slug;

		final String name;

		final String kind;

		final Long organizationId;

		final Long parentId;

		final Long hostNationId;

		String city;

		LocalDate start;

		LocalDate end;

		final String description;

		PendingSummit(long id, String slug, String name, String kind, Long organizationId, Long parentId,
				Long hostNationId, LocalDate start, LocalDate end, String description) {
			this.id = id;
			this.slug = slug;
			this.name = name;
			this.kind = kind;
			this.organizationId = organizationId;
			this.parentId = parentId;
			this.hostNationId = hostNationId;
			this.start = start;
			this.end = end;
			this.description = description;
		}

	}

	/** The next id of a table's identity sequence, fetched a block at a time. */
	long nextId(String table) {
		Deque<Long> block = this.ids.computeIfAbsent(table, (t) -> new ArrayDeque<>());
		if (block.isEmpty()) {
			block.addAll(this.jdbc.queryForList(
					"select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, 500)", Long.class, table));
		}
		return block.removeFirst();
	}

	void citation(long sourceId, String column, long id, String quote, String claimedStatus, String revision) {
		this.citations.computeIfAbsent(column, (c) -> new ArrayList<>())
			.add(new Object[] { sourceId, id, quote, claimedStatus, revision });
	}

	long tenure(long person, long office, LocalDate start, LocalDate end) {
		return tenure(person, office, start, "DAY", end, (end != null) ? "DAY" : null,
				"As given by the Office of the Historian's list of Presidents.");
	}

	long tenure(long person, long office, LocalDate start, String startPrecision, LocalDate end, String endPrecision,
			String note) {
		long id = nextId("tenure");
		this.tenures.add(new Object[] { id, person, office, Date.valueOf(start), startPrecision,
				(end != null) ? Date.valueOf(end) : null, endPrecision, note });
		return id;
	}

	/**
	 * A citation of a page that was read on a day, as the sourced data migrations write
	 * them.
	 */
	void citationRead(long sourceId, String column, long id, String quote, LocalDate accessed) {
		this.citationsRead.computeIfAbsent(column, (c) -> new ArrayList<>())
			.add(new Object[] { sourceId, id, quote, Date.valueOf(accessed) });
	}

	private final Map<String, List<Object[]>> citationsRead = new LinkedHashMap<>();

	void record(boolean isNew, long id, String dataset, int upstreamId, String file, String hash, String status,
			String reason, String commit, long importId) {
		if (isNew) {
			this.newRecords.add(new Object[] { id, dataset, upstreamId, file, hash, status, reason, commit, importId });
		}
		else {
			this.changedRecords.add(new Object[] { file, hash, status, reason, commit, importId, id });
		}
	}

	void fact(long recordId, String role, String table, long rowId) {
		this.facts.add(new Object[] { recordId, role, table, rowId });
	}

	void updateFact(long factId, String imported) {
		this.factUpdates.add(new Object[] { imported, factId });
	}

	void review(long id, String key, String dataset, int upstreamId, String raw, String title, String name,
			String country, LocalDate day, String reason, List<Long> candidates) {
		this.reviews.add(new Object[] { id, key, dataset, upstreamId, raw,
				(title == null || title.isEmpty()) ? null : title, name, country, Date.valueOf(day), reason,
				"{" + candidates.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}" });
	}

	void reviewPerson(long reviewId, long personId) {
		this.reviewPeople.add(new Object[] { personId, reviewId });
	}

	/** Writes everything collected, parents before the rows that point at them. */
	void flush(ImportReport report) {
		batch("insert into nation (id, slug, name, iso_alpha2, iso_alpha3) values (?, ?, ?, ?, ?)", this.nations,
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
		batch("insert into nation_name (id, nation_id, name, note) values (?, ?, ?, ?)", this.nationNames, Types.BIGINT,
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR);
		batch("insert into organization (id, slug, acronym, name, kind) values (?, ?, ?, ?, ?)", this.organizations,
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
		batch("insert into source (id, title, publisher, url, note) values (?, ?, ?, ?, ?)", this.sources, Types.BIGINT,
				Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
		batch("insert into person (id, slug, name, sort_name, nationality_id) values (?, ?, ?, ?, ?)", this.people,
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT);
		batch("insert into person_name (id, person_id, name, kind) values (?, ?, ?, 'VARIANT')", this.personNames,
				Types.BIGINT, Types.BIGINT, Types.VARCHAR);
		batch("insert into office (id, slug, title, kind, nation_id) values (?, ?, ?, ?, ?)", this.offices,
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT);
		batch("""
				insert into tenure (id, person_id, office_id, start_date, start_precision, end_date, end_precision, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""",
				this.tenures, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE, Types.VARCHAR, Types.DATE,
				Types.VARCHAR, Types.VARCHAR);
		List<Object[]> summitRows = this.summits.stream()
			.sorted(Comparator.comparing((PendingSummit s) -> s.parentId != null))
			.map((s) -> new Object[] { s.id, s.slug, s.name, s.kind, s.organizationId, s.parentId, s.hostNationId,
					s.city, Date.valueOf(s.start), Date.valueOf(s.end), s.description })
			.toList();
		batch("""
				insert into summit (id, slug, name, kind, organization_id, parent_id, host_nation_id, city, start_date,
				                    end_date, status, description)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HELD', ?)""", summitRows, Types.BIGINT, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE,
				Types.DATE, Types.VARCHAR);
		batch("""
				insert into attendance (id, summit_id, person_id, nation_id, capacity, standing, status, note,
				                        mentioned_in_remarks)
				values (?, ?, ?, ?, ?, ?, 'ATTENDED', ?, ?)""", this.attendance, Types.BIGINT, Types.BIGINT,
				Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN);
		for (Map.Entry<String, List<Object[]>> cited : this.citationsRead.entrySet()) {
			batch("insert into citation (source_id, " + cited.getKey() + ", quote, accessed) values (?, ?, ?, ?)",
					cited.getValue(), Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE);
		}
		for (Map.Entry<String, List<Object[]>> cited : this.citations.entrySet()) {
			batch("insert into citation (source_id, " + cited.getKey()
					+ ", quote, claimed_status, source_revision) values (?, ?, ?, ?, ?)", cited.getValue(),
					Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
		}
		batch("""
				insert into historian_record (id, dataset, upstream_id, file, content_hash, status, reason, source_commit,
				                              import_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				this.newRecords, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT);
		batch("""
				update historian_record set file = ?, content_hash = ?, status = ?, reason = ?, source_commit = ?,
				                            import_id = ?
				where id = ?""", this.changedRecords, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.BIGINT, Types.BIGINT);
		batch("insert into historian_fact (record_id, role, table_name, row_id, imported) values (?, ?, ?, ?, '{}')",
				this.facts, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT);
		for (String table : List.of("summit", "attendance")) {
			this.jdbc.update("update historian_fact f set imported = to_jsonb(t) - 'version' from " + table
					+ " t where f.table_name = '" + table + "' and t.id = f.row_id and f.imported = '{}'::jsonb");
		}
		batch("update historian_fact set imported = ?::jsonb where id = ?", this.factUpdates, Types.VARCHAR,
				Types.BIGINT);
		batch("""
				insert into historian_review (id, match_key, dataset, upstream_id, raw_text, title, name, country_slug,
				                              on_date, reason, candidate_ids)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::bigint[])""", this.reviews, Types.BIGINT, Types.VARCHAR,
				Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
				Types.VARCHAR, Types.VARCHAR);
		// Fresh statistics, so the pages plan their queries for the rows just written.
		this.jdbc.execute("analyze summit, attendance, citation, person, person_name, nation, nation_name, source");
		batch("update historian_review set person_id = ? where id = ?", this.reviewPeople, Types.BIGINT, Types.BIGINT);
	}

	/**
	 * Writes rows in batches; the column types spare the driver a lookup for every null.
	 */
	private void batch(String sql, List<Object[]> rows, int... types) {
		long started = System.nanoTime();
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
		}
		if (!rows.isEmpty()) {
			log.debug("{} rows in {} ms: {}", rows.size(), (System.nanoTime() - started) / 1_000_000,
					sql.substring(0, Math.min(40, sql.length())));
		}
	}

	/**
	 * Twin records: a visit's meeting with the President and a summit that another record
	 * of the same visit has the visitor attend (Keir Starmer's working visit of 10 July
	 * 2024 and his NATO 75th Anniversary Summit the same days) are one stay, so the
	 * meeting becomes a sideline meeting of the summit, when it falls within the summit's
	 * dates and exactly one such summit exists. A meeting an editor has given or taken a
	 * parent since it was imported is left alone; the imported values record the link, so
	 * the next import sees no correction. Returns the meetings linked.
	 */
	int linkTwinsAsSidelines() {
		List<long[]> twins = this.jdbc.query("""
				select mt.fact_id, mt.meeting_id, min(s.id)
				from (select f.id as fact_id, f.record_id, m.id as meeting_id, m.start_date, m.end_date
				      from historian_fact f
				      join historian_record r on r.id = f.record_id and r.dataset = 'VISITS'
				      join summit m on m.id = f.row_id
				      where f.role = 'meeting' and f.table_name = 'summit' and m.parent_id is null
				        and f.imported ->> 'parent_id' is null) mt
				join historian_fact vf on vf.record_id = mt.record_id and vf.table_name = 'attendance'
				                      and vf.role like 'visitor:%'
				join attendance va on va.id = vf.row_id and va.summit_id = mt.meeting_id
				join attendance sa on sa.person_id = va.person_id and sa.summit_id <> mt.meeting_id
				join historian_fact sf on sf.table_name = 'attendance' and sf.row_id = sa.id
				                      and sf.role like 'summit:%:visitor:%' and sf.record_id <> mt.record_id
				join historian_record sr on sr.id = sf.record_id and sr.dataset = 'VISITS'
				join summit s on s.id = sa.summit_id
				where s.parent_id is null and s.start_date <= mt.start_date and mt.end_date <= s.end_date
				group by mt.fact_id, mt.meeting_id
				having count(distinct s.id) = 1""",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
		for (long[] twin : twins) {
			this.jdbc.update("update summit set parent_id = ?, version = version + 1 where id = ?", twin[2], twin[1]);
			this.jdbc
				.update("update historian_fact set imported = jsonb_set(imported, '{parent_id}', to_jsonb(?::bigint)) "
						+ "where id = ?", twin[2], twin[0]);
		}
		return twins.size();
	}

}
