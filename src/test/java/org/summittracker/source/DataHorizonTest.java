package org.summittracker.source;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "as of" date is kept in the data version's row (V62, V68), so a source saved by
 * another instance or an import (written here straight to the database, past this
 * instance's entity manager) moves it on the next page, and a page pays no statement for
 * it beyond the version it reads anyway.
 */
class DataHorizonTest extends IntegrationTest {

	@Autowired
	private DataHorizon horizon;

	@AfterEach
	void removeTestSources() {
		this.jdbc.update("delete from source where title like 'Test horizon %'");
	}

	@Test
	void aSourceWrittenOutsideThisInstanceMovesTheDateAndItsRemovalMovesItBack() {
		LocalDate before = this.horizon.asOf();

		this.jdbc
			.update("""
					insert into source (title, publisher, url, published_on, published_precision)
					values ('Test horizon report', 'Test publisher', 'https://example.org/horizon', date '2027-03-04', 'DAY')""");
		LocalDate after = this.horizon.asOf();
		String page = get("/organizations").html().select(".as-of").text();
		this.jdbc.update("delete from source where title = 'Test horizon report'");

		assertThat(after).isEqualTo(LocalDate.of(2027, 3, 4));
		assertThat(page).startsWith("Current as of 4 March 2027,");
		assertThat(this.horizon.asOf()).isEqualTo(before);
		assertThat(get("/organizations").html().select(".as-of").text()).startsWith("Current as of 2 September 2025,");
	}

	@Test
	void aPageReadsTheDateWithTheDataVersionAndPaysNoStatementForIt() {
		this.jdbc.update("update data_version set version = version + 1");

		long afterAChange = getCounting("/nations").statements();
		long again = getCounting("/nations").statements();

		assertThat(afterAChange).isEqualTo(again);
		assertThat(this.jdbc.queryForObject("select sources_as_of from data_version", LocalDate.class))
			.isEqualTo(this.horizon.asOf());
	}

}
