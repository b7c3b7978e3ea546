package org.summittracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What refers to a record, read from the database's own foreign keys: the rows that block
 * its deletion, and the parts it owns (deleted with it, by ON DELETE CASCADE). Delete
 * pages list both before anything goes.
 */
@Component
public class References {

	private final JdbcTemplate jdbc;

	private final Map<String, List<ForeignKey>> keys = new ConcurrentHashMap<>();

	References(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows of {@code table} referring to a record, by kind. */
	public record Reference(String table, String column, long count, boolean owned) {

		/** Message key naming this kind of row, e.g. {@code table.attendance}. */
		public String kind() {
			return "table." + this.table;
		}

	}

	private record ForeignKey(String table, String column, boolean cascades) {
	}

	/**
	 * Every kind of row that refers to the record, with how many; kinds with none are
	 * left out.
	 */
	public List<Reference> to(String table, long id) {
		List<ForeignKey> foreignKeys = this.keys.computeIfAbsent(table, this::foreignKeysTo);
		if (foreignKeys.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder();
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < foreignKeys.size(); i++) {
			ForeignKey key = foreignKeys.get(i);
			sql.append((i > 0) ? " union all " : "")
				.append("select ")
				.append(i)
				.append(" as k, count(*) as n from ")
				.append(key.table())
				.append(" where ")
				.append(key.column())
				.append(" = ?");
			args.add(id);
		}
		List<Reference> references = new ArrayList<>();
		this.jdbc.query(sql.toString(), (rs) -> {
			long count = rs.getLong("n");
			if (count > 0) {
				ForeignKey key = foreignKeys.get(rs.getInt("k"));
				references.add(new Reference(key.table(), key.column(), count, key.cascades()));
			}
		}, args.toArray());
		return references;
	}

	public static List<Reference> blocking(List<Reference> references) {
		return references.stream().filter((r) -> !r.owned()).toList();
	}

	public static List<Reference> owned(List<Reference> references) {
		return references.stream().filter(Reference::owned).toList();
	}

	private List<ForeignKey> foreignKeysTo(String table) {
		return this.jdbc.query("""
				select cl.relname as tbl, a.attname as col, con.confdeltype = 'c' as cascades
				from pg_constraint con
				  join pg_class cl on cl.oid = con.conrelid
				  join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
				where con.contype = 'f' and con.confrelid = to_regclass(?) and cl.relname not like '%\\_aud'
				order by cl.relname, a.attname""",
				(rs, n) -> new ForeignKey(rs.getString("tbl"), rs.getString("col"), rs.getBoolean("cascades")), table);
	}

}
