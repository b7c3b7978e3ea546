package org.summittracker.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.admin.Lookups;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the records a CSV file names, the way editors name them: a summit by its slug, a
 * person by name, other name or slug (as the pickers resolve typed names,
 * {@link Lookups#personNamed}), a nation by ISO code, name or other name, an organization
 * by acronym. A name that fits no record or more than one finds nothing. Each name is
 * looked up once per file.
 */
final class Names {

	private final JdbcTemplate jdbc;

	private final Lookups lookups;

	private final Map<String, Optional<Found>> found = new HashMap<>();

	Names(JdbcTemplate jdbc, Lookups lookups) {
		this.jdbc = jdbc;
		this.lookups = lookups;
	}

	Optional<Found> summit(String slug) {
		return this.found.computeIfAbsent("summit:" + slug, (key) -> one(
				this.jdbc.query("select id, slug, name from summit where slug = lower(?)", Names::found, slug)));
	}

	Optional<Found> person(String name) {
		return this.found.computeIfAbsent("person:" + name, (key) -> {
			Optional<Found> bySlug = one(
					this.jdbc.query("select id, slug, name from person where slug = lower(?)", Names::found, name));
			return bySlug.or(() -> this.lookups.personNamed(name)
				.map((id) -> new Found(id, null, this.lookups.personLabel(id))));
		});
	}

	Optional<Found> nation(String name) {
		return this.found.computeIfAbsent("nation:" + name, (key) -> one(this.jdbc.query("""
				select n.id, n.slug, n.name from nation n
				where n.iso_alpha2 = upper(?) or n.iso_alpha3 = upper(?) or n.slug = lower(?)
				   or immutable_unaccent(lower(n.name)) = immutable_unaccent(lower(?))
				   or exists (select 1 from nation_name o where o.nation_id = n.id
				              and immutable_unaccent(lower(o.name)) = immutable_unaccent(lower(?)))""", Names::found,
				name, name, name, name, name)));
	}

	Optional<Found> organization(String acronym) {
		return this.found.computeIfAbsent("organization:" + acronym,
				(key) -> one(this.jdbc.query(
						"select id, slug, acronym as name from organization where lower(acronym) = lower(?)",
						Names::found, acronym)));
	}

	private static Found found(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Found(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
	}

	private static Optional<Found> one(List<Found> candidates) {
		return (candidates.size() == 1) ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	/** A record a name found: its id, slug (for links) and name. */
	record Found(Long id, String slug, String name) {

	}

}
