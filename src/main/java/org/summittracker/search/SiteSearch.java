package org.summittracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site search: people, nations, organizations and summits by any of their names,
 * tolerant of case, accents, other spellings and typos. Every name is compared in its
 * lower-case, unaccented form by pg_trgm's word similarity ({@code <%}), which the
 * trigram indexes of V5 serve; {@code search_rank} (also V5) orders the matches. One
 * query answers a whole search, after one statement that sets how many typos it forgives.
 */
@Service
class SiteSearch {

	/**
	 * Longer input is cut: nobody's name is longer, and the trigram work grows with it.
	 */
	static final int MAX_QUERY_LENGTH = 100;

	/**
	 * pg_trgm's word-similarity threshold for this search (its default, 0.6, is
	 * stricter): at 0.45 "erdgan" still finds Erdoğan and "turkiye" Turkey, while
	 * unrelated names stay out.
	 */
	static final String TYPO_TOLERANCE = "0.45";

	/**
	 * One statement for the whole search. Each branch of {@code hit} matches one name
	 * column against the query with {@code <%} on exactly the expression a V5 index
	 * covers, so every branch can be an index scan; other names and derived matches (a
	 * summit by its host nation) count a little less than a record's own name. Then the
	 * best match per record, then at most {@code :perKind} records per kind with how many
	 * matched in all. Summits that match equally well list organization summits before
	 * meetings, then the latest first.
	 */
	static final String QUERY = """
			with query as not materialized (select immutable_unaccent(lower(:q)) as q),
			hit as (
			    select 'PERSON' as kind, p.id, search_rank(q, immutable_unaccent(lower(p.name))) as score,
			           cast(null as text) as matched
			    from query, person p where q <% immutable_unaccent(lower(p.name))
			    union all
			    select 'PERSON', o.person_id, 0.95 * search_rank(q, immutable_unaccent(lower(o.name))), o.name
			    from query, person_name o where q <% immutable_unaccent(lower(o.name))
			    union all
			    select 'NATION', n.id, search_rank(q, immutable_unaccent(lower(n.name))), null
			    from query, nation n where q <% immutable_unaccent(lower(n.name))
			    union all
			    select 'NATION', n.id, 0.9 * search_rank(q, immutable_unaccent(lower(n.official_name))), n.official_name
			    from query, nation n where q <% immutable_unaccent(lower(n.official_name))
			    union all
			    select 'NATION', o.nation_id, 0.95 * search_rank(q, immutable_unaccent(lower(o.name))), o.name
			    from query, nation_name o where q <% immutable_unaccent(lower(o.name))
			    union all
			    select 'NATION', n.id, 2, n.iso_alpha2 from query, nation n where n.iso_alpha2 = upper(q)
			    union all
			    select 'NATION', n.id, 2, n.iso_alpha3 from query, nation n where n.iso_alpha3 = upper(q)
			    union all
			    select 'ORGANIZATION', g.id, search_rank(q, immutable_unaccent(lower(g.name))), null
			    from query, organization g where q <% immutable_unaccent(lower(g.name))
			    union all
			    select 'ORGANIZATION', g.id, search_rank(q, immutable_unaccent(lower(g.acronym))), null
			    from query, organization g where q <% immutable_unaccent(lower(g.acronym))
			    union all
			    select 'SUMMIT', s.id, 0.9 * search_rank(q, immutable_unaccent(lower(s.name))), null
			    from query, summit s where q <% immutable_unaccent(lower(s.name))
			    union all
			    select 'SUMMIT', s.id, 0.9 * search_rank(q, immutable_unaccent(lower(s.city))), null
			    from query, summit s where q <% immutable_unaccent(lower(s.city))
			    union all
			    select 'SUMMIT', s.id, 0.9 * search_rank(q, immutable_unaccent(lower(s.venue))), null
			    from query, summit s where q <% immutable_unaccent(lower(s.venue))
			    union all
			    select 'SUMMIT', s.id, 0.7 * search_rank(q, immutable_unaccent(lower(n.name))), null
			    from query, nation n join summit s on s.host_nation_id = n.id
			    where q <% immutable_unaccent(lower(n.name))
			),
			best as (
			    select distinct on (kind, id) kind, id, score, matched
			    from hit order by kind, id, score desc, matched nulls first
			),
			shown as (
			    select b.kind, b.score, b.matched,
			           coalesce(p.slug, n.slug, g.slug, s.slug) as slug,
			           coalesce(p.name, n.name, g.name, s.name) as label,
			           case b.kind when 'PERSON' then pn.name when 'NATION' then n.official_name
			                       when 'ORGANIZATION' then g.acronym else concat_ws(', ', s.city, sn.name) end as detail,
			           s.start_date, s.end_date,
			           row_number() over (partition by b.kind order by b.score desc,
			               s.kind = 'ORGANIZATION_SUMMIT' desc, s.start_date desc,
			               coalesce(p.sort_name, n.name, g.name, s.name)) as position,
			           count(*) over (partition by b.kind) as total
			    from best b
			    left join person p on b.kind = 'PERSON' and p.id = b.id
			    left join nation pn on pn.id = p.nationality_id
			    left join nation n on b.kind = 'NATION' and n.id = b.id
			    left join organization g on b.kind = 'ORGANIZATION' and g.id = b.id
			    left join summit s on b.kind = 'SUMMIT' and s.id = b.id
			    left join nation sn on sn.id = s.host_nation_id
			)
			select kind, slug, label, detail, matched, start_date, end_date, score, total
			from shown where position <= :perKind
			order by kind, position""";

	private final EntityManager entityManager;

	SiteSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Everything that matches, grouped by kind (at most {@code perKind} each), the best
	 * group first.
	 */
	@Transactional(readOnly = true)
	SearchResults search(String query, int perKind) {
		String cleaned = clean(query);
		if (cleaned.isEmpty()) {
			return SearchResults.none(cleaned);
		}
		Map<SearchKind, List<SearchHit>> hits = new LinkedHashMap<>();
		Map<SearchKind, Integer> totals = new LinkedHashMap<>();
		for (Object[] row : run(cleaned, perKind)) {
			SearchHit hit = hit(row);
			hits.computeIfAbsent(hit.kind(), (kind) -> new ArrayList<>()).add(hit);
			totals.put(hit.kind(), ((Number) row[8]).intValue());
		}
		List<SearchResults.Group> groups = new ArrayList<>();
		hits.forEach((kind, list) -> groups.add(new SearchResults.Group(kind, List.copyOf(list), totals.get(kind))));
		groups.sort(Comparator.comparingDouble((SearchResults.Group group) -> -group.hits().get(0).score())
			.thenComparing(SearchResults.Group::kind));
		return new SearchResults(cleaned, List.copyOf(groups));
	}

	/**
	 * The best few matches of any kind, best first, for suggestions as a reader types.
	 */
	@Transactional(readOnly = true)
	List<SearchHit> suggest(String query, int limit) {
		String cleaned = clean(query);
		if (cleaned.isEmpty()) {
			return List.of();
		}
		return run(cleaned, limit).stream()
			.map(SiteSearch::hit)
			.sorted(Comparator.comparingDouble((SearchHit hit) -> -hit.score()).thenComparing(SearchHit::kind))
			.limit(limit)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> run(String query, int perKind) {
		this.entityManager.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.setParameter("threshold", TYPO_TOLERANCE)
			.getSingleResult();
		return this.entityManager.createNativeQuery(QUERY)
			.setParameter("q", query)
			.setParameter("perKind", perKind)
			.unwrap(NativeQuery.class)
			.addScalar("kind", String.class)
			.addScalar("slug", String.class)
			.addScalar("label", String.class)
			.addScalar("detail", String.class)
			.addScalar("matched", String.class)
			.addScalar("start_date", LocalDate.class)
			.addScalar("end_date", LocalDate.class)
			.addScalar("score", Double.class)
			.addScalar("total", Long.class)
			.getResultList();
	}

	private static SearchHit hit(Object[] row) {
		return new SearchHit(SearchKind.valueOf((String) row[0]), (String) row[1], (String) row[2], (String) row[3],
				(String) row[4], (LocalDate) row[5], (LocalDate) row[6], ((Number) row[7]).doubleValue());
	}

	/** Spaces trimmed and collapsed, at most {@link #MAX_QUERY_LENGTH} characters. */
	static String clean(String query) {
		if (query == null) {
			return "";
		}
		String cleaned = query.strip().replaceAll("\\s+", " ");
		return (cleaned.length() > MAX_QUERY_LENGTH) ? cleaned.substring(0, MAX_QUERY_LENGTH).strip() : cleaned;
	}

}
