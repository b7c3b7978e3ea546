package org.summittracker.history;

import java.util.Arrays;
import java.util.Optional;

import org.summittracker.person.Office;
import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.Tenure;
import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.source.Citation;
import org.summittracker.source.Source;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;

/**
 * The kinds of record that keep a history, as they appear in URLs
 * ({@code /history/summit/12}), with their entity, their table and the SQL that names a
 * row of their audit table (for the recent-changes feed).
 */
public enum RecordKind {

	SUMMIT(Summit.class, "a.name"),
	ATTENDANCE(Attendance.class,
			"coalesce((select p.name from person p where p.id = a.person_id), '') || ' · ' || coalesce((select s.name from summit s where s.id = a.summit_id), '')"),
	NATION(Nation.class, "a.name"), NATION_NAME(NationName.class, "a.name"),
	ORGANIZATION(Organization.class, "a.acronym"),
	MEMBERSHIP(Membership.class,
			"coalesce((select n.name from nation n where n.id = a.nation_id), '') || ' · ' || coalesce((select o.acronym from organization o where o.id = a.organization_id), '') || ' · ' || a.standing"),
	PERSON(Person.class, "a.name"), PERSON_NAME(PersonName.class, "a.name"), OFFICE(Office.class, "a.title"),
	TENURE(Tenure.class,
			"coalesce((select p.name from person p where p.id = a.person_id), '') || ' · ' || coalesce((select o.title from office o where o.id = a.office_id), '')"),
	SOURCE(Source.class, "a.title"),
	CITATION(Citation.class, "coalesce((select s.title from source s where s.id = a.source_id), '')");

	private final Class<?> entity;

	private final String labelSql;

	RecordKind(Class<?> entity, String labelSql) {
		this.entity = entity;
		this.labelSql = labelSql;
	}

	public Class<?> entity() {
		return this.entity;
	}

	/** As in URLs and table names: {@code summit}, {@code nation_name}. */
	public String slug() {
		return name().toLowerCase();
	}

	public String table() {
		return slug();
	}

	String labelSql() {
		return this.labelSql;
	}

	public static Optional<RecordKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((k) -> k.slug().equals(slug)).findFirst();
	}

	public static Optional<RecordKind> of(Class<?> entity) {
		return Arrays.stream(values()).filter((k) -> k.entity.equals(entity)).findFirst();
	}

}
