package org.summittracker.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people's birth dates and the Wikidata ids the migrations V100, V101 and V102 seed
 * (issue 9), each from a page that was read and cited with the passage that gives it; and
 * the seeded Wikipedia sources that had no date, now quoted with the day they were read.
 */
class PeopleSeedTest extends IntegrationTest {

	@Test
	void everySeededPersonButFiveHasABirthDateAndTheFiveAreTheOnesThePagesLeaveInDoubt() {
		assertThat(this.jdbc.queryForObject("select count(*) from person where birth_date is not null", Long.class))
			.isEqualTo(100);
		assertThat(this.jdbc.queryForList("""
				select slug || ' ' || birth_date from person where slug in ('edgars-rinkevics', 'katrin-jakobsdottir',
				  'nikolay-denkov', 'rosen-zhelyazkov', 'imangali-tasmagambetov', 'kao-kim-hourn', 'sergey-lebedev')
				order by slug""", String.class)).containsExactly("edgars-rinkevics 1973-09-21",
				"imangali-tasmagambetov 1956-12-09", "kao-kim-hourn 1966-05-28", "katrin-jakobsdottir 1976-02-01",
				"nikolay-denkov 1962-09-03", "rosen-zhelyazkov 1968-04-05", "sergey-lebedev 1948-04-09");
		assertThat(
				this.jdbc.queryForList("select slug from person where birth_date is null order by slug", String.class))
			.containsExactly("ebrahim-raisi", "lee-jae-myung", "mohamed-ould-ghazouani", "thongloun-sisoulith",
					"zhang-ming");
	}

	@Test
	void everyBirthDateIsCitedWithAPassageGivingItsDayAndYearAndTheDayItWasRead() {
		assertThat(this.jdbc.queryForList("""
				select p.slug from person p
				where p.birth_date is not null
				  and not exists (select 1 from citation c
				                  where c.person_id = p.id and c.accessed is not null
				                    and c.quote like '%' || extract(year from p.birth_date) || '%'
				                    and c.quote like '%' || extract(day from p.birth_date) || '%')
				order by p.slug""", String.class)).isEmpty();
	}

	@Test
	void namedBirthDatesReadAsTheirPagesSay() {
		Map<String, String> born = Map.of("shehbaz-sharif", "1951-09-23", "petr-pavel", "1961-11-01", "pedro-sanchez",
				"1972-02-29", "viktor-orban", "1963-05-31", "joe-biden", "1942-11-20", "mohammad-mokhber", "1955-06-26",
				"nurlan-yermekbayev", "1963-01-01", "kristrun-frostadottir", "1988-05-12", "pope-francis",
				"1936-12-17");
		born.forEach((slug, date) -> assertThat(
				this.jdbc.queryForObject("select birth_date::text from person where slug = ?", String.class, slug))
			.as(slug)
			.isEqualTo(date));
		assertThat(this.jdbc.queryForObject("""
				select s.publisher || ': ' || c.quote from citation c join source s on s.id = c.source_id
				join person p on p.id = c.person_id where p.slug = 'viktor-orban'""", String.class))
			.startsWith("Government of Hungary")
			.contains("1963. május 31-én született")
			.endsWith("translated from Hungarian.)");
		assertThat(this.jdbc.queryForObject("""
				select s.published_on || ' ' || s.published_precision from citation c
				join source s on s.id = c.source_id join person p on p.id = c.person_id
				where p.slug = 'shehbaz-sharif'""", String.class)).isEqualTo("2017-07-30 DAY");
		assertThat(this.jdbc.queryForObject("""
				select c.source_revision from citation c join source s on s.id = c.source_id
				join person p on p.id = c.person_id where p.slug = 'mohammad-mokhber' and s.title = 'Mohammad Mokhber'
				  and c.quote like '%born 26 June 1955%'""", String.class))
			.isEqualTo("oldid 1229063086 (14 June 2024)");
	}

	@Test
	void onlyTheWikidataIdsAPageReadShowsAreSeededEachCited() {
		assertThat(this.jdbc.queryForList("select acronym || ' ' || wikidata_id from organization "
				+ "where wikidata_id is not null order by acronym", String.class))
			.containsExactly("ASEAN Q7768", "CIS Q7779", "CSTO Q318693", "EU Q458", "NATO Q7184", "SCO Q485207",
					"UN Q1065");
		assertThat(this.jdbc.queryForList(
				"select slug || ' ' || wikidata_id from person where wikidata_id is not null order by slug",
				String.class))
			.containsExactly("donald-trump Q22686", "emmanuel-macron Q3052772", "shigeru-ishiba Q1335527");
		assertThat(this.jdbc.queryForObject("select count(*) from summit where wikidata_id is not null", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from citation c join organization o on o.id = c.organization_id
				where o.acronym = 'NATO' and c.accessed is not null
				  and c.quote like '%"alliance":"http://www.wikidata.org/entity/Q7184","allianceLabel":"NATO"%'""",
				Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from citation c join person p on p.id = c.person_id
				where p.slug = 'shigeru-ishiba' and c.accessed is not null
				  and c.quote = 'Source https://www.wikidata.org/wiki/Q1335527'""", Long.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				select p.slug from person p join citation c on c.person_id = p.id
				where p.wikidata_id is not null and c.accessed is not null
				  and c.quote like '%/entity/' || p.wikidata_id || '"%'
				  and c.quote like '%' || p.birth_date || 'T00:00:00Z%' order by p.slug""", String.class))
			.containsExactly("donald-trump", "emmanuel-macron");
	}

	@Test
	void theFormerlyUndatedWikipediaSourcesQuoteThePassageReadAndNameTheCopy() {
		assertThat(this.jdbc.queryForList("""
				select n.iso_alpha2 from citation c join source s on s.id = c.source_id
				join membership m on m.id = c.membership_id join nation n on n.id = m.nation_id
				where s.title = 'Member states of NATO' and c.accessed is not null and m.start_date = date '1949-08-24'
				order by n.iso_alpha2""", String.class)).containsExactly("BE", "CA", "DK", "FR", "GB", "IS", "IT", "LU",
				"NL", "NO", "PT", "US");
		assertThat(this.jdbc.queryForObject("""
				select c.quote from citation c join source s on s.id = c.source_id join tenure t on t.id = c.tenure_id
				where s.title = 'Shehbaz Sharif' and s.publisher = 'Wikipedia' and t.start_date = date '2024-03-04'""",
				String.class))
			.contains("Term Start: 4 March 2024");
		assertThat(this.jdbc.queryForList(
				"""
						select s.title from source s where s.publisher = 'Wikipedia' and s.title in ('Shanghai Cooperation Organisation',
						  'Member states of NATO', 'G7', 'Xi Jinping', 'Alexander Lukashenko', 'Recep Tayyip Erdoğan', 'Joe Biden',
						  'Giorgia Meloni')
						  and s.note not like '%read in %http%' order by s.title""",
				String.class))
			.isEmpty();
	}

}
