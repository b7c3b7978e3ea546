package org.summittracker.system;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organizations' Wikidata ids V112 takes from a table of international organisations
 * that was read (each row naming the organisation next to its item), cited with the row
 * and the commit read; the forums the table does not list keep none.
 */
class OrganizationWikidataSeedTest extends IntegrationTest {

	@Test
	void theOrganizationsTheTableListsHaveItsItems() {
		assertThat(this.jdbc.queryForList("""
				select acronym || ' ' || coalesce(wikidata_id, '-') from organization order by acronym""",
				String.class))
			.containsExactly("ASEAN Q7768", "CIS Q7779", "CSTO Q318693", "EU Q458", "G7 -", "NATO Q7184", "SCO Q485207",
					"UN Q1065");
	}

	@Test
	void eachIdIsCitedWithTheRowThatGivesItTheCommitAndTheDayItWasRead() {
		assertThat(this.jdbc.queryForList("""
				select o.acronym from organization o join citation c on c.organization_id = o.id
				join source s on s.id = c.source_id
				where s.publisher = 'confirmordeny/supraverden (GitHub)' and s.url like 'https://github.com/%'
				  and c.accessed = date '2026-12-01' and c.source_revision = 'commit 0022708'
				  and c.quote like '%' || o.wikidata_id || '](https://www.wikidata.org/wiki/' || o.wikidata_id || ')%'
				order by o.acronym""", String.class)).containsExactly("ASEAN", "CIS", "CSTO", "EU", "NATO", "SCO",
				"UN");
		assertThat(this.jdbc.queryForObject("""
				select c.quote from citation c join organization o on o.id = c.organization_id
				join source s on s.id = c.source_id
				where o.acronym = 'SCO' and s.publisher = 'confirmordeny/supraverden (GitHub)'""", String.class))
			.isEqualTo("| Shanghai Cooperation Organisation | [Q485207](https://www.wikidata.org/wiki/Q485207) |");
	}

	@Test
	void noSummitHasAnIdNoPageShowed() {
		assertThat(this.jdbc.queryForObject("select count(*) from summit where wikidata_id is not null", Long.class))
			.isZero();
	}

}
