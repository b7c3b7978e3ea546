package org.summittracker.system;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summits of 2026 V110 adds as announced: the G7's at Evian-les-Bains and NATO's in
 * Ankara, planned (no report from either was read), with the announced days, host and
 * city, no attendance, each cited to the announcement with its quoted passage; the SCO's
 * 2026 summit is not recorded, as no page read gives its days.
 */
class Summits2026SeedTest extends IntegrationTest {

	@Test
	void theAnnouncedSummitsArePlannedWithTheirDaysHostAndCity() {
		assertThat(this.jdbc.queryForList(
				"""
						select s.slug || ' ' || o.acronym || ' ' || s.start_date || '..' || s.end_date || ' ' || s.status
						       || ' ' || n.iso_alpha2 || ' ' || s.city || ' ' || coalesce(s.venue, '-') || ' ' || s.latitude || ',' || s.longitude
						from summit s join organization o on o.id = s.organization_id join nation n on n.id = s.host_nation_id
						where s.kind = 'ORGANIZATION_SUMMIT' and s.start_date >= date '2026-01-01'
						order by s.start_date""",
				String.class))
			.containsExactly("g7-2026-evian G7 2026-06-14..2026-06-16 PLANNED FR Evian-les-Bains - 46.38000,6.58000",
					"nato-2026-ankara NATO 2026-07-07..2026-07-08 PLANNED TR Ankara Beştepe Presidential Complex 39.93000,32.86000");
	}

	@Test
	void noDelegationIsRecordedAndNoSco2026SummitIsInvented() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from attendance a join summit s on s.id = a.summit_id
				where s.slug in ('g7-2026-evian', 'nato-2026-ankara')""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from summit s join organization o on o.id = s.organization_id
				where o.acronym = 'SCO' and s.start_date >= date '2026-01-01'""", Long.class)).isZero();
	}

	@Test
	void eachSummitCitesTheAnnouncementWithAQuotedPassageAndASourceWithAnAddressAndADate() {
		assertThat(this.jdbc.queryForList("""
				select s.slug || ' ' || src.url || ' ' || coalesce(src.published_on::text, 'undated')
				from citation c join summit s on s.id = c.summit_id join source src on src.id = c.source_id
				where s.slug in ('g7-2026-evian', 'nato-2026-ankara')
				  and c.accessed = date '2026-12-01' and length(c.quote) > 80 and src.url like 'https://%'
				  and c.quote not like '%Coordonnées%' and c.quote not like '%located at%'
				order by 1""", String.class)).containsExactly(
				"g7-2026-evian https://www.devdiscourse.com/article/politics/3461583-france-to-host-2026-g7-summit-at-evian-les-bains 2025-06-18",
				"g7-2026-evian https://www.hindustantimes.com/world-news/us-news/next-g7-leaders-summit-to-take-place-at-evian-in-french-alps-macron-says-101750195598280.html 2025-06-18",
				"nato-2026-ankara https://www.haberaktuel.com/nato-2026-zirvesi-ankara-da-yapilacak-3254774 2025-08-20",
				"nato-2026-ankara https://www.hurriyetdailynews.com/nato-to-hold-2026-summit-at-bestepe-on-july-7-8-212729 undated");
		assertThat(this.jdbc.queryForObject(
				"""
						select c.quote from citation c join summit s on s.id = c.summit_id join source src on src.id = c.source_id
						where s.slug = 'g7-2026-evian' and src.publisher = 'Hindustan Times (Reuters)'""",
				String.class))
			.contains("will meet between June 14-16");
		assertThat(this.jdbc.queryForList(
				"""
						select s.slug || ' ' || src.url from citation c join summit s on s.id = c.summit_id
						join source src on src.id = c.source_id
						where s.slug in ('g7-2026-evian', 'nato-2026-ankara') and c.accessed = date '2026-12-01'
						  and (c.quote like '%46° 23′ 00″ nord, 6° 35′ 00″ est%' or c.quote like '%located at 39.9334, 32.8597%')
						order by 1""",
				String.class))
			.containsExactly("g7-2026-evian https://fr.wikipedia.org/wiki/%C3%89vian-les-Bains",
					"nato-2026-ankara https://worldpopulationreview.com/countries/turkey/capital");
	}

}
