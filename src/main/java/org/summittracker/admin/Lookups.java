package org.summittracker.admin;

import java.util.List;
import java.util.Optional;

import org.summittracker.system.Option;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The searches behind the pickers: people, nations and organizations by any of their
 * names, ignoring case and accents ("erdogan" finds Erdoğan, "mokhbar" finds Mokhber by
 * his other name), best matches first.
 */
@Component
public class Lookups {

	private static final int LIMIT = 15;

	private final JdbcTemplate jdbc;

	Lookups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Option> people(String query) {
		return this.jdbc.query("""
				select p.id, p.name || coalesce(' (' || n.name || ')', '') as label
				from person p left join nation n on n.id = p.nationality_id
				where immutable_unaccent(lower(p.name)) like ? escape '\\'
				   or exists (select 1 from person_name o where o.person_id = p.id
				              and immutable_unaccent(lower(o.name)) like ? escape '\\')
				order by (immutable_unaccent(lower(p.name)) like ? escape '\\') desc, p.sort_name
				limit ?""", (rs, n) -> new Option(rs.getLong("id"), rs.getString("label")), contains(query),
				contains(query), startsWith(query), LIMIT);
	}

	public List<Option> nations(String query) {
		return this.jdbc.query("""
				select n.id, n.name as label from nation n
				where immutable_unaccent(lower(n.name)) like ? escape '\\' or lower(n.iso_alpha2) = lower(?)
				   or lower(n.iso_alpha3) = lower(?)
				   or exists (select 1 from nation_name o where o.nation_id = n.id
				              and immutable_unaccent(lower(o.name)) like ? escape '\\')
				order by (immutable_unaccent(lower(n.name)) like ? escape '\\') desc, n.name
				limit ?""", (rs, n) -> new Option(rs.getLong("id"), rs.getString("label")), contains(query),
				query.trim(), query.trim(), contains(query), startsWith(query), LIMIT);
	}

	/**
	 * The person a picker's text names when no choice was made from the list (typing
	 * without JavaScript).
	 */
	public Optional<Long> personNamed(String label) {
		if (label == null || label.isBlank()) {
			return Optional.empty();
		}
		List<Long> ids = this.jdbc.queryForList("""
				select p.id from person p left join nation n on n.id = p.nationality_id
				where lower(p.name || coalesce(' (' || n.name || ')', '')) = lower(?) or lower(p.name) = lower(?)
				   or exists (select 1 from person_name o where o.person_id = p.id and lower(o.name) = lower(?))""",
				Long.class, label.trim(), label.trim(), label.trim());
		return (ids.size() == 1) ? Optional.of(ids.get(0)) : Optional.empty();
	}

	/** The nation a picker's text names: its name, another name, or an ISO code. */
	public Optional<Long> nationNamed(String label) {
		if (label == null || label.isBlank()) {
			return Optional.empty();
		}
		List<Long> ids = this.jdbc.queryForList("""
				select n.id from nation n
				where lower(n.name) = lower(?) or lower(n.iso_alpha2) = lower(?) or lower(n.iso_alpha3) = lower(?)
				   or exists (select 1 from nation_name o where o.nation_id = n.id and lower(o.name) = lower(?))""",
				Long.class, label.trim(), label.trim(), label.trim(), label.trim());
		return (ids.size() == 1) ? Optional.of(ids.get(0)) : Optional.empty();
	}

	/** How a picker shows a chosen nation. */
	public String nationLabel(Long id) {
		if (id == null) {
			return "";
		}
		return this.jdbc.query("select name from nation where id = ?", (rs) -> rs.next() ? rs.getString(1) : "", id);
	}

	/** How a picker shows a chosen person. */
	public String personLabel(Long id) {
		if (id == null) {
			return "";
		}
		return this.jdbc.query("""
				select p.name || coalesce(' (' || n.name || ')', '') from person p
				left join nation n on n.id = p.nationality_id where p.id = ?""",
				(rs) -> rs.next() ? rs.getString(1) : "", id);
	}

	private static String contains(String query) {
		return "%" + normalize(query) + "%";
	}

	private static String startsWith(String query) {
		return normalize(query) + "%";
	}

	/** Lower-case, accents removed in Java too, and LIKE's wildcards escaped. */
	private static String normalize(String query) {
		String plain = java.text.Normalizer.normalize(query.trim().toLowerCase(), java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "");
		return plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
