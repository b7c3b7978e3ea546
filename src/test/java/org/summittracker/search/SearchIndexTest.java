package org.summittracker.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search query can be answered from the trigram indexes of V5: with sequential scans
 * discouraged ({@code enable_seqscan = off}), PostgreSQL's plan for the very query the
 * search page runs reads every name column through its index. Three thousand extra names
 * of each kind and summits, vacuumed and analyzed, make the planner's costs realistic.
 */
class SearchIndexTest extends IntegrationTest {

	private static final List<String> TRIGRAM_INDEXES = List.of("person_search_name_idx", "person_name_search_idx",
			"nation_search_name_idx", "nation_search_official_name_idx", "nation_name_search_idx",
			"organization_search_name_idx", "organization_search_acronym_idx", "summit_search_name_idx",
			"summit_search_city_idx", "summit_search_venue_idx");

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@AfterEach
	void removeExtraRows() {
		this.jdbc.update("delete from summit where slug like 'test-index-%'");
		this.jdbc.update("delete from person where slug like 'test-index-%'");
		this.jdbc.update("delete from nation_name where name like 'test-index-%'");
		this.jdbc.execute("vacuum analyze person, person_name, nation_name, summit");
	}

	@Test
	void theSearchQueryReadsEveryNameThroughItsTrigramIndex() {
		this.jdbc.update("""
				insert into person (slug, name, sort_name)
				select 'test-index-' || g, 'Index Person ' || md5(g::text), 'Person ' || g
				from generate_series(1, 3000) g""");
		this.jdbc.update("""
				insert into person_name (person_id, name, kind)
				select id, 'Other ' || md5(slug), 'VARIANT' from person where slug like 'test-index-%'""");
		this.jdbc.update("""
				insert into nation_name (nation_id, name)
				select n.id, 'test-index-' || md5(g::text) from generate_series(1, 3000) g, nation n
				where n.iso_alpha2 = 'MN'""");
		this.jdbc.update("""
				insert into summit (slug, name, kind, city, venue, start_date, end_date, status)
				select 'test-index-' || g, 'Index talks ' || md5(g::text), 'BILATERAL_MEETING', md5(g::text),
				       md5(g::text), date '2000-01-01', date '2000-01-01', 'HELD'
				from generate_series(1, 3000) g""");
		// what autovacuum does in production: fresh GIN entries leave their pending list,
		// the statistics are current
		this.jdbc.execute("vacuum analyze person, person_name, nation_name, summit");

		String plan = String.join("\n", explain("erdogan"));

		for (String index : TRIGRAM_INDEXES) {
			assertThat(plan).as("plan uses " + index).contains("Bitmap Index Scan on " + index);
		}
		assertThat(plan).contains("%> 'erdogan'::text");
	}

	/**
	 * EXPLAIN of the search page's own query, in a transaction that discourages
	 * sequential scans.
	 */
	@SuppressWarnings("unchecked")
	private List<String> explain(String query) {
		return this.transactions.execute((status) -> {
			this.entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
			this.entityManager
				.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
				.setParameter("threshold", SiteSearch.TYPO_TOLERANCE)
				.getSingleResult();
			return (List<String>) this.entityManager.createNativeQuery("explain " + SiteSearch.QUERY)
				.setParameter("q", query)
				.setParameter("perKind", SearchController.PER_KIND)
				.getResultList();
		});
	}

}
