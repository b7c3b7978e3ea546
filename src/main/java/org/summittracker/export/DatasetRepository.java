package org.summittracker.export;

import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.summittracker.summit.Summit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The whole dataset as Popolo, one section per statement and one element per row:
 * PostgreSQL writes each person, organization, post, membership, event or source as a
 * JSON object already in the document's shape (snake_case, empty properties left out:
 * null and empty text become null and {@code json_strip_nulls} drops them; an empty list
 * is a {@code json_agg} of no rows, null), and the rows come through a cursor
 * ({@link #FETCH}) so no section is ever held whole. {@code :base} is the site's root
 * address ({@code http://host/}) for the links to the pages.
 */
interface DatasetRepository extends Repository<Summit, Long> {

	/** Rows fetched per round trip: enough to stream fast, few enough to stay small. */
	String FETCH = "500";

	/**
	 * The sources of one fact, in citation order; the fact's column follows. Its aliases
	 * ({@code cited}, {@code citing}) are used nowhere else, so the outer row's stay in
	 * view.
	 */
	String SOURCES_WHERE = """
			(select json_agg(json_build_object('source_id', 'source/' || cited.source_id, 'url', nullif(citing.url, ''),
			   'note', citing.title || ' — ' || citing.publisher, 'quote', nullif(cited.quote, ''),
			   'claimed_status', lower(cited.claimed_status)) order by cited.id)
			 from citation cited join source citing on citing.id = cited.source_id where cited.""";

	/**
	 * A record's identifiers in their order, those it has: the {@code (order, scheme,
	 * identifier)} rows go between this and {@link #IDENTIFIERS_END}.
	 */
	String IDENTIFIERS = """
			(select json_agg(json_build_object('scheme', i.scheme, 'identifier', i.identifier) order by i.place)
			 from (values """;

	String IDENTIFIERS_END = ") i(place, scheme, identifier) where i.identifier is not null)";

	/**
	 * A page of the site as the one Popolo link: the page's path (no leading slash)
	 * between this and {@link #LINK_END}.
	 */
	String LINK = "json_build_array(json_build_object('url', :base || ";

	String LINK_END = ", 'note', 'Summit Tracker'))";

	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'person/' || p.slug, 'name', nullif(p.name, ''), 'sort_name', nullif(p.sort_name, ''),
			  'birth_date', to_char(p.birth_date, 'YYYY-MM-DD'), 'national_identity', nullif(n.name, ''),
			  'other_names', (select json_agg(json_build_object('name', nullif(pn.name, ''), 'note', lower(pn.kind),
			      'sources', """ + SOURCES_WHERE + """
			person_name_id = pn.id)) order by pn.name)
			    from person_name pn where pn.person_id = p.id),
			  'identifiers', """ + IDENTIFIERS + """
			(1, 'wikidata', p.wikidata_id), (2, 'summit-tracker', p.slug)""" + IDENTIFIERS_END + """
			,
						  'links', """ + LINK + """
			'leaders/' || p.slug""" + LINK_END + """
			))::text
			from person p left join nation n on n.id = p.nationality_id
			order by p.sort_name, p.id
			""")
	Stream<String> persons(@Param("base") String base);

	/** States, classified "state", with their official and other names and ISO codes. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'nation/' || n.slug, 'name', nullif(n.name, ''), 'classification', 'state',
			  'other_names', (select json_agg(json_build_object('name', nullif(o.name, ''), 'note', nullif(o.note, ''))
			      order by o.official desc, o.name)
			    from (select n.official_name as name, 'official name' as note, true as official
			          where n.official_name is not null
			          union all
			          select nn.name, nn.note, false from nation_name nn where nn.nation_id = n.id) o),
			  'identifiers', """ + IDENTIFIERS + """
			(1, 'wikidata', n.wikidata_id), (2, 'iso_3166_1_alpha_2', nullif(n.iso_alpha2, '')),
			(3, 'iso_3166_1_alpha_3', nullif(n.iso_alpha3, '')), (4, 'iso_3166_1_numeric', n.iso_numeric)"""
			+ IDENTIFIERS_END + """
					,
								  'links', """ + LINK + """
					'nations/' || n.slug""" + LINK_END + """
					))::text
					from nation n
					order by n.name
					""")
	Stream<String> states(@Param("base") String base);

	/** Organizations (blocs, alliances), after the states in the same list. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'organization/' || o.slug, 'name', nullif(o.name, ''), 'classification', lower(o.kind),
			  'other_names', json_build_array(json_build_object('name', nullif(o.acronym, ''), 'note', 'acronym')),
			  'identifiers', """ + IDENTIFIERS + """
			(1, 'wikidata', o.wikidata_id)""" + IDENTIFIERS_END + """
			,
						  'founding_date', partial_date_iso(o.founded_on, o.founded_precision),
						  'description', nullif(o.description, ''),
						  'links', """ + LINK + """
			'organizations/' || o.slug""" + LINK_END + """
			))::text
			from organization o
			order by o.acronym
			""")
	Stream<String> organizations(@Param("base") String base);

	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'post/' || f.slug, 'label', nullif(f.title, ''), 'role', lower(f.kind),
			  'organization_id', coalesce('nation/' || n.slug, 'organization/' || g.slug)))::text
			from office f left join nation n on n.id = f.nation_id left join organization g on g.id = f.organization_id
			order by f.slug
			""")
	Stream<String> posts();

	/** A state's standing in an organization: the first kind of Popolo membership. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'membership/' || m.id,
			  'member', json_build_object('@type', 'Organization', 'id', 'nation/' || n.slug),
			  'organization_id', 'organization/' || o.slug, 'role', lower(m.standing),
			  'start_date', partial_date_iso(m.start_date, m.start_precision),
			  'end_date', partial_date_iso(m.end_date, m.end_precision), 'note', nullif(m.note, ''),
			  'sources', """ + SOURCES_WHERE + """
			membership_id = m.id)))::text
			from membership m join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
			order by m.organization_id, m.nation_id, m.start_date nulls first, m.id
			""")
	Stream<String> memberships();

	/** A person holding a post: the second kind of Popolo membership. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'tenure/' || t.id, 'person_id', 'person/' || p.slug,
			  'member', json_build_object('@type', 'Person', 'id', 'person/' || p.slug),
			  'organization_id', coalesce('nation/' || n.slug, 'organization/' || g.slug), 'post_id', 'post/' || f.slug,
			  'role', nullif(f.title, ''), 'label', case when t.acting then 'acting' end,
			  'start_date', partial_date_iso(t.start_date, t.start_precision),
			  'end_date', partial_date_iso(t.end_date, t.end_precision), 'note', nullif(t.note, ''),
			  'sources', """ + SOURCES_WHERE + """
			tenure_id = t.id)))::text
			from tenure t join person p on p.id = t.person_id join office f on f.id = t.office_id
			  left join nation n on n.id = f.nation_id left join organization g on g.id = f.organization_id
			order by t.person_id, t.start_date, t.id
			""")
	Stream<String> tenures();

	/**
	 * Summits and meetings, each with its attendees: the one section whose rows nest
	 * others, still one summit per row.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'event/' || s.slug, 'name', nullif(s.name, ''), 'classification', lower(s.kind),
			  'organization_id', 'organization/' || o.slug, 'parent_id', 'event/' || ps.slug,
			  'status', lower(s.status), 'start_date', to_char(s.start_date, 'YYYY-MM-DD'),
			  'end_date', to_char(s.end_date, 'YYYY-MM-DD'),
			  'location', nullif(concat_ws(', ', s.venue, s.city, h.name), ''),
			  'description', nullif(s.description, ''),
			  'identifiers', """ + IDENTIFIERS + """
			(1, 'wikidata', s.wikidata_id)""" + IDENTIFIERS_END
			+ """
					,
								  'attendees', (select json_agg(json_build_object(
								      'id', 'attendance/' || a.id, 'person_id', 'person/' || ap.slug,
								      'on_behalf_of_id', coalesce('nation/' || an.slug, 'organization/' || ag.slug),
								      'instead_of_id', 'person/' || ai.slug, 'role', lower(a.capacity), 'standing', lower(a.standing),
								      'status', lower(a.status), 'note', nullif(a.note, ''),
								      'sources', """
			+ SOURCES_WHERE
			+ """
					attendance_id = a.id)) order by a.id)
					    from attendance a left join person ap on ap.id = a.person_id left join nation an on an.id = a.nation_id
					      left join organization ag on ag.id = a.organization_id left join person ai on ai.id = a.instead_of_id
					    where a.summit_id = s.id),
					  'sources', """
			+ SOURCES_WHERE + """
					summit_id = s.id),
					  'links', """ + LINK + """
					'summits/' || s.slug""" + LINK_END
			+ """
					))::text
					from summit s left join organization o on o.id = s.organization_id left join summit ps on ps.id = s.parent_id
					  left join nation h on h.id = s.host_nation_id
					order by s.start_date, s.slug
					""")
	Stream<String> events(@Param("base") String base);

	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH))
	@Query(nativeQuery = true, value = """
			select json_strip_nulls(json_build_object(
			  'id', 'source/' || s.id, 'title', nullif(s.title, ''), 'publisher', nullif(s.publisher, ''),
			  'url', nullif(s.url, ''), 'date', partial_date_iso(s.published_on, s.published_precision),
			  'note', nullif(s.note, '')))::text
			from source s
			order by s.id
			""")
	Stream<String> sources();

}
