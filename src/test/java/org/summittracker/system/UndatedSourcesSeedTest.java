package org.summittracker.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V103: the two Wikipedia articles no stored copy of was found for ("2023 SCO summit",
 * "Narendra Modi") are gone, and the facts they were cited for cite dated reports, each
 * with the passage read and the day it was read.
 */
class UndatedSourcesSeedTest extends IntegrationTest {

	@Test
	void theArticlesNoCopyWasFoundForAreGone() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from source
				where publisher = 'Wikipedia' and title in ('2023 SCO summit', 'Narendra Modi')""", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from source where title = 'Narendra Modi'""", Long.class)).isOne();
	}

	@Test
	void modisTermAsPrimeMinisterCitesTheDatedReports() {
		List<String> cited = this.jdbc.queryForList("""
				select s.publisher || ' ' || s.published_on || ' ' || c.accessed || ': ' || c.quote
				from citation c join source s on s.id = c.source_id join tenure t on t.id = c.tenure_id
				join person p on p.id = t.person_id join office o on o.id = t.office_id
				where p.slug = 'narendra-modi' and o.slug = 'prime-minister-of-india'
				  and t.start_date = date '2014-05-26' and t.end_date is null
				order by s.published_on""", String.class);
		assertThat(cited).hasSize(2);
		assertThat(cited.get(0)).startsWith("DNA India (Zee News Bureau) 2014-05-27 2026-12-01: ")
			.contains("On Monday, May 26, Sri Narendra Damodardas Modi was sworn in");
		assertThat(cited.get(1)).startsWith("News Karnataka 2025-07-25 2026-12-01: ")
			.contains("He took office on May 26, 2014", "4,078 uninterrupted days in office on July 25");
	}

	@Test
	void theVirtualSummitOf2023CitesOnlyQuotedDatedReports() {
		assertThat(this.jdbc.queryForList(
				"""
						select s.publisher from citation c join source s on s.id = c.source_id join summit m on m.id = c.summit_id
						where m.slug = 'sco-2023-new-delhi' and c.quote is not null and c.accessed = date '2026-12-01'
						  and s.published_on is not null
						order by s.publisher""",
				String.class))
			.containsExactly("ETV Bharat", "The Statesman");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from citation c join summit m on m.id = c.summit_id
				where m.slug = 'sco-2023-new-delhi' and (c.quote is null or c.accessed is null)""", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select c.quote from citation c join source s on s.id = c.source_id join summit m on m.id = c.summit_id
				where m.slug = 'sco-2023-new-delhi' and s.publisher = 'ETV Bharat'""", String.class))
			.contains("chaired by Prime Minister Narendra Modi", "granting it the status of an SCO member state");
	}

}
