package org.summittracker.export;

import org.summittracker.summit.Summit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The whole dataset in one statement: PostgreSQL turns each table's rows into a JSON
 * array (explicit columns, stable order) and returns them together; {@link Dataset} reads
 * them back as records. One round trip whatever the size.
 */
interface DatasetRepository extends Repository<Summit, Long> {

	@Query(nativeQuery = true,
			value = """
					select json_build_object(
					  'persons', (select coalesce(json_agg(t order by t.sort_name, t.id), '[]') from (
					      select id, slug, name, sort_name, birth_date, nationality_id, wikidata_id from person) t),
					  'person_names', (select coalesce(json_agg(t order by t.person_id, t.name), '[]') from (
					      select id, person_id, name, kind from person_name) t),
					  'nations', (select coalesce(json_agg(t order by t.name), '[]') from (
					      select id, slug, name, official_name, iso_alpha2, iso_alpha3, iso_numeric, wikidata_id from nation) t),
					  'nation_names', (select coalesce(json_agg(t order by t.nation_id, t.name), '[]') from (
					      select nation_id, name, note from nation_name) t),
					  'organizations', (select coalesce(json_agg(t order by t.acronym), '[]') from (
					      select id, slug, acronym, name, kind, founded_on, founded_precision, description, wikidata_id
					      from organization) t),
					  'memberships', (select coalesce(json_agg(t order by t.organization_id, t.nation_id, t.start_date nulls first, t.id), '[]') from (
					      select id, nation_id, organization_id, standing, start_date, start_precision, end_date, end_precision,
					             note from membership) t),
					  'offices', (select coalesce(json_agg(t order by t.slug), '[]') from (
					      select id, slug, title, kind, nation_id, organization_id from office) t),
					  'tenures', (select coalesce(json_agg(t order by t.person_id, t.start_date, t.id), '[]') from (
					      select id, person_id, office_id, start_date, start_precision, end_date, end_precision, acting, note
					      from tenure) t),
					  'summits', (select coalesce(json_agg(t order by t.start_date, t.slug), '[]') from (
					      select id, slug, name, kind, organization_id, parent_id, host_nation_id, city, venue, start_date,
					             end_date, status, description, wikidata_id from summit) t),
					  'attendances', (select coalesce(json_agg(t order by t.summit_id, t.id), '[]') from (
					      select id, summit_id, person_id, nation_id, organization_id, capacity, standing, status,
					             instead_of_id, note from attendance) t),
					  'sources', (select coalesce(json_agg(t order by t.id), '[]') from (
					      select id, title, publisher, url, published_on, published_precision, note from source) t),
					  'citations', (select coalesce(json_agg(t order by t.id), '[]') from (
					      select id, source_id,
					             coalesce('summit/' || summit_id, 'attendance/' || attendance_id,
					                      'membership/' || membership_id, 'tenure/' || tenure_id,
					                      'person_name/' || person_name_id, 'person/' || person_id,
					                      'nation/' || nation_id, 'nation_name/' || nation_name_id,
					                      'organization/' || organization_id, 'office/' || office_id) as cited,
					             claimed_status, quote
					      from citation) t)
					)::text
					""")
	String findDataset();

}
