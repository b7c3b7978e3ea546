package org.summittracker.system;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The birth dates V111 keeps for the leaders at the organization summits of 2023 to 2025
 * whom the Office of the Historian import records: on a database the import has not
 * filled, each waits (no person, no uncited source); when the import (or an editor)
 * records such a person, each of the fourteen gets the date a page read gives, cited with
 * the sentence that gives it and the day it was read, and the four whose pages disagree
 * get none. The second case is played in a transaction that is rolled back: the people
 * are recorded as the import records them, and nothing else is run.
 */
class SummitLeadersBirthDatesSeedTest extends IntegrationTest {

	private static final Map<String, String> BORN = Map.ofEntries(Map.entry("christopher-luxon", "1970-07-19"),
			Map.entry("gustavo-petro", "1960-04-19"), Map.entry("hassanal-bolkiah", "1946-07-15"),
			Map.entry("andres-manuel-lopez-obrador", "1953-11-13"), Map.entry("antony-john-blinken", "1962-04-16"),
			Map.entry("binyamin-netanyahu", "1949-10-21"), Map.entry("bjarni-benediktsson", "1970-01-26"),
			Map.entry("dina-boluarte-zegarra", "1962-05-31"), Map.entry("gabriel-boric-font", "1986-02-11"),
			Map.entry("hristijan-mickoski", "1977-09-29"), Map.entry("james-marape", "1971-04-24"),
			Map.entry("milojko-spajic", "1987-09-24"), Map.entry("secretary-to-lam", "1957-07-10"),
			Map.entry("sitiveni-ligamamada-rabuka", "1948-09-13"));

	/** Name and nationality as the import records them (in summit_check). */
	private static final List<String[]> IMPORTED = List.of(new String[] { "Christopher Luxon", "NZ" },
			new String[] { "Gustavo Petro", "CO" }, new String[] { "Hassanal Bolkiah", "BN" },
			new String[] { "Andrés Manuel López Obrador", "MX" }, new String[] { "Antony John Blinken", "US" },
			new String[] { "Binyamin Netanyahu", "IL" }, new String[] { "Bjarni Benediktsson", "IS" },
			new String[] { "Dina Boluarte Zegarra", "PE" }, new String[] { "Gabriel Boric Font", "CL" },
			new String[] { "Hristijan Mickoski", "MK" }, new String[] { "James Marape", "PG" },
			new String[] { "Milojko Spajić", "ME" }, new String[] { "Secretary Tô Lâm", "VN" },
			new String[] { "Sitiveni Ligamamada Rabuka", "FJ" }, new String[] { "Dato' Seri Anwar bin Ibrahim", "MY" },
			new String[] { "Dimitar Glavchev", "BG" }, new String[] { "Lee Hsien Loong", "SG" },
			new String[] { "Srettha Thavisin", "TH" });

	@Autowired
	private DataSource dataSource;

	@Test
	void onADatabaseWithoutTheImportedPeopleEachDateWaits() {
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = 'Christopher Luxon'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from source where url in ('https://en.wikipedia.org/wiki/Christopher_Luxon',
				  'https://vtcnews.vn/chu-tich-nuoc-to-lam-duoc-bau-lam-tong-bi-thu-ar887122.html')""", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from awaited_birth_date", Long.class)).isEqualTo(14);
	}

	@Test
	void whenTheImportRecordsThemEachOfTheFourteenGetsItsCitedDate() throws Exception {
		long sourcesBeforeTheImport = this.jdbc.queryForObject("select count(*) from source", Long.class);
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate tx = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				for (String[] person : IMPORTED) {
					tx.update("""
							insert into person (slug, name, sort_name, nationality_id)
							select 'test-imported-' || ?, ?, ?, id from nation where iso_alpha2 = ?""",
							person[1].toLowerCase() + "-" + Math.abs(person[0].hashCode()), person[0], person[0],
							person[1]);
				}
				long sourcesBefore = sourcesBeforeTheImport;

				BORN.forEach((slug,
						date) -> assertThat(tx.queryForObject(
								"""
										select p.birth_date::text from person p where p.name = (select name from (values %s) v (slug, name)
										  where v.slug = ?)"""
									.formatted(values()),
								String.class, slug))
							.as(slug)
							.isEqualTo(date));
				assertThat(tx.queryForObject("select count(*) from source", Long.class)).isEqualTo(sourcesBefore + 14);
				assertThat(tx.queryForObject(
						"""
								select count(*) from citation c join person p on p.id = c.person_id join source s on s.id = c.source_id
								where p.slug like 'test-imported-%' and c.accessed = date '2026-12-01' and s.url like 'http%'
								  and c.quote like '%' || extract(year from p.birth_date) || '%'
								  and c.quote like '%' || extract(day from p.birth_date) || '%'""",
						Long.class))
					.isEqualTo(14);
				assertThat(tx.queryForObject(
						"""
								select count(*) from source s where not exists (select 1 from citation c where c.source_id = s.id)""",
						Long.class))
					.isZero();
				assertThat(tx.queryForObject("""
						select s.publisher || ' ' || s.published_on || ': ' || c.quote from citation c
						join source s on s.id = c.source_id join person p on p.id = c.person_id
						where p.name = 'Binyamin Netanyahu'""", String.class))
					.isEqualTo("The Jewish Chronicle 2010-10-21: October 21 1949: Benjamin Netanyahu is born");
				assertThat(tx.queryForObject("""
						select c.quote from citation c join person p on p.id = c.person_id
						where p.name = 'Secretary Tô Lâm'""", String.class)).contains("sinh ngày 10/7/1957")
					.endsWith("translated from Vietnamese.)");
				assertThat(tx.queryForObject(
						"""
								select count(*) from person where birth_date is not null and name in
								  ('Dato'' Seri Anwar bin Ibrahim', 'Dimitar Glavchev', 'Lee Hsien Loong', 'Srettha Thavisin')""",
						Long.class))
					.as("the pages read disagree")
					.isZero();
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static String values() {
		StringBuilder values = new StringBuilder();
		String[] slugs = { "christopher-luxon", "gustavo-petro", "hassanal-bolkiah", "andres-manuel-lopez-obrador",
				"antony-john-blinken", "binyamin-netanyahu", "bjarni-benediktsson", "dina-boluarte-zegarra",
				"gabriel-boric-font", "hristijan-mickoski", "james-marape", "milojko-spajic", "secretary-to-lam",
				"sitiveni-ligamamada-rabuka" };
		for (int i = 0; i < slugs.length; i++) {
			values.append(i == 0 ? "" : ", ")
				.append("('")
				.append(slugs[i])
				.append("', '")
				.append(IMPORTED.get(i)[0].replace("'", "''"))
				.append("')");
		}
		return values.toString();
	}

}
