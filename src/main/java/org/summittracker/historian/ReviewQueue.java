package org.summittracker.historian;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.summittracker.system.RecordNotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names an import could not reconcile without a guess, and editors' decisions on
 * them: this is that person (accept a candidate), these two recorded people are one
 * (merge), or this is someone else (keep apart). A decision is kept under the name's
 * normalised key, so every later import applies it.
 */
@Service
public class ReviewQueue {

	/** A decision an editor can take. */
	public enum Decision {

		ACCEPT, MERGE, KEEP_APART

	}

	/** One queued name, with the recorded people it might be. */
	public record Item(long id, String rawText, String title, String name, String countrySlug, Date onDate,
			String reason, String dataset, int upstreamId, List<Candidate> candidates, String decision,
			String decidedBy, Long personId) {

		public boolean open() {
			return this.decision == null;
		}

	}

	/** A recorded person a queued name might be. */
	public record Candidate(long id, String slug, String name, String nation) {
	}

	private final JdbcTemplate jdbc;

	ReviewQueue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long openCount() {
		return this.jdbc.queryForObject("select count(*) from historian_review where decision is null", Long.class);
	}

	public long decidedCount() {
		return this.jdbc.queryForObject("select count(*) from historian_review where decision is not null", Long.class);
	}

	/**
	 * A page of open items (oldest first), or of decided ones (latest first), with their
	 * candidates.
	 */
	public List<Item> items(boolean open, int page, int size) {
		Map<Long, Item> items = new LinkedHashMap<>();
		Map<Long, List<Candidate>> candidates = new LinkedHashMap<>();
		this.jdbc.query("""
				with page as (
				    select * from historian_review
				    where (decision is null) = ?
				    order by case when ? then created_at end, case when ? then id end, decided_at desc, id
				    limit ? offset ?)
				select r.id, r.raw_text, r.title, r.name, r.country_slug, r.on_date, r.reason, r.dataset, r.upstream_id,
				       r.decision, r.decided_by, r.person_id, p.id, p.slug, p.name, n.name
				from page r
				left join lateral unnest(r.candidate_ids) with ordinality c(person_id, n) on true
				left join person p on p.id = c.person_id
				left join nation n on n.id = p.nationality_id
				order by case when ? then r.created_at end, case when ? then r.id end, r.decided_at desc, r.id, c.n""",
				(rs) -> {
					long id = rs.getLong(1);
					if (!items.containsKey(id)) {
						List<Candidate> of = new ArrayList<>();
						candidates.put(id, of);
						items.put(id,
								new Item(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
										rs.getDate(6), rs.getString(7), rs.getString(8), rs.getInt(9), of,
										rs.getString(10), rs.getString(11), rs.getObject(12, Long.class)));
					}
					if (rs.getObject(13) != null) {
						candidates.get(id)
							.add(new Candidate(rs.getLong(13), rs.getString(14), rs.getString(15), rs.getString(16)));
					}
				}, open, open, open, size, page * size, open, open);
		return new ArrayList<>(items.values());
	}

	/**
	 * Records an editor's decision. Accept names the candidate; merge names the candidate
	 * kept and the one merged into it (its attendance, tenures, other names and citations
	 * move, its name becomes another name); keep apart makes the next import record a new
	 * person for the name.
	 * @throws IllegalArgumentException when the people named are not the item's
	 * candidates
	 */
	@Transactional
	public void decide(long id, Decision decision, Long person, Long merged, String by) {
		List<Long> candidates = this.jdbc.query("select unnest(candidate_ids) from historian_review where id = ?",
				(rs, n) -> rs.getLong(1), id);
		Integer exists = this.jdbc.queryForObject("select count(*) from historian_review where id = ?", Integer.class,
				id);
		if (exists == 0) {
			throw new RecordNotFoundException("review", String.valueOf(id));
		}
		switch (decision) {
			case ACCEPT -> {
				require(person != null && candidates.contains(person), "Choose one of the candidates.");
				this.jdbc.update(
						"""
								update historian_review set decision = 'ACCEPT', person_id = ?, decided_by = ?, decided_at = now()
								where id = ?""",
						person, by, id);
			}
			case MERGE -> {
				require(person != null && merged != null && !person.equals(merged) && candidates.contains(person)
						&& candidates.contains(merged),
						"Choose two different candidates: the one kept and the one merged into it.");
				merge(merged, person, by);
				this.jdbc.update("""
						update historian_review set decision = 'MERGE', person_id = ?, merged_id = ?, decided_by = ?,
						       decided_at = now()
						where id = ?""", person, merged, by, id);
			}
			case KEEP_APART -> this.jdbc.update(
					"""
							update historian_review set decision = 'KEEP_APART', person_id = null, decided_by = ?, decided_at = now()
							where id = ?""",
					by, id);
		}
	}

	/**
	 * Moves everything recorded of one person onto another, then deletes the first; the
	 * whole merge is one revision of the record history, signed by the editor who
	 * decided, so the history pages and recent changes show what moved and the deleted
	 * person with the values it had.
	 */
	private void merge(long from, long into, String by) {
		Set<String> touched = new TreeSet<>();
		long revision = this.jdbc.queryForObject(
				"insert into revision (timestamp, username) values (?, ?) returning id", Long.class,
				System.currentTimeMillis(), by);
		List<Long> variant = this.jdbc.queryForList("""
				insert into person_name (person_id, name, kind)
				select ?, p.name, 'VARIANT' from person p where p.id = ?
				  and not exists (select 1 from person_name n where n.person_id = ? and lower(n.name) = lower(p.name))
				  and (select lower(name) from person where id = ?) <> lower(p.name)
				returning id""", Long.class, into, from, into, into);
		List<Long> names = this.jdbc.queryForList("""
				update person_name n set person_id = ? where n.person_id = ?
				  and not exists (select 1 from person_name o where o.person_id = ? and lower(o.name) = lower(n.name))
				returning id""", Long.class, into, from, into);
		List<Long> twice = this.jdbc.queryForList(
				"select a.id from attendance a where a.person_id = ? and exists "
						+ "(select 1 from attendance o where o.person_id = ? and o.summit_id = a.summit_id)",
				Long.class, from, into);
		audit(revision, "attendance", DELETED, twice, touched);
		this.jdbc.update("delete from attendance where id = any(?)", (Object) twice.toArray(Long[]::new));
		List<Long> attendance = this.jdbc.queryForList("""
				update attendance set person_id = case when person_id = ? then ? else person_id end,
				       instead_of_id = case when instead_of_id = ? then ? else instead_of_id end, version = version + 1
				where person_id = ? or instead_of_id = ? returning id""", Long.class, from, into, from, into, from,
				from);
		List<Long> tenures = this.jdbc.queryForList(
				"update tenure set person_id = ?, version = version + 1 where person_id = ? returning id", Long.class,
				into, from);
		List<Long> citations = this.jdbc
			.queryForList("update citation set person_id = ? where person_id = ? returning id", Long.class, into, from);
		this.jdbc.update("update historian_review set person_id = ? where person_id = ?", into, from);
		this.jdbc.update("""
				update historian_review set candidate_ids = array_remove(candidate_ids, ?::bigint)
				where ?::bigint = any(candidate_ids)""", from, from);
		audit(revision, "person_name", ADDED, variant, touched);
		audit(revision, "person_name", MODIFIED, names, touched);
		audit(revision, "attendance", MODIFIED, attendance, touched);
		audit(revision, "tenure", MODIFIED, tenures, touched);
		audit(revision, "citation", MODIFIED, citations, touched);
		audit(revision, "person", DELETED, List.of(from), touched);
		this.jdbc.update("delete from person where id = ?", from);
		this.jdbc.update("""
				insert into revision_entity (revision_id, entity_name)
				select ?, e from unnest(?::text[]) e""", revision, (Object) touched.toArray(String[]::new));
	}

	private static final int ADDED = 0;

	private static final int MODIFIED = 1;

	private static final int DELETED = 2;

	/**
	 * Writes the audit rows of a merge's revision: the rows' values now (a deleted row's
	 * last values, as Envers stores them at delete), in the columns the audit table
	 * keeps.
	 */
	private void audit(long revision, String table, int type, List<Long> ids, Set<String> touched) {
		if (ids.isEmpty()) {
			return;
		}
		String columns = String.join(", ",
				this.jdbc.queryForList(
						"""
								select a.column_name from information_schema.columns a
								where a.table_schema = current_schema() and a.table_name = ? and a.column_name not in ('id', 'rev', 'revtype')
								  and exists (select 1 from information_schema.columns b
								              where b.table_schema = current_schema() and b.table_name = ? and b.column_name = a.column_name)
								order by a.ordinal_position""",
						String.class, table + "_aud", table));
		this.jdbc.update("insert into " + table + "_aud (id, rev, revtype, " + columns + ") select id, ?, ?, " + columns
				+ " from " + table + " where id = any(?)", revision, type, ids.toArray(Long[]::new));
		touched.add(ENTITIES.get(table));
	}

	private static final Map<String, String> ENTITIES = Map.of("person", "org.summittracker.person.Person",
			"person_name", "org.summittracker.person.PersonName", "attendance", "org.summittracker.summit.Attendance",
			"tenure", "org.summittracker.person.Tenure", "citation", "org.summittracker.source.Citation");

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
