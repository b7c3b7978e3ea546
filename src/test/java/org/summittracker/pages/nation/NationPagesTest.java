package org.summittracker.pages.nation;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class NationPagesTest extends IntegrationTest {

	@Test
	void turkeysPageShowsPartnerStandingInTheScoAndMembershipOfNato() {
		Page page = get("/nations/turkey");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).contains("Turkey");
		assertThat(page.text()).contains("TR", "TUR", "Türkiye");
		String memberships = page.html().select("table.memberships").text();
		assertThat(memberships).contains("SCO Dialogue partner 2012 – present",
				"NATO Member 18 February 1952 – present");
	}

	@Test
	void indiasPageShowsItsOfficeHoldersAndWhoRepresentedItWhere() {
		Page page = get("/nations/india");

		assertThat(page.html().select("table.holders").text()).contains("Prime Minister of India", "Narendra Modi",
				"Minister of External Affairs of India", "S. Jaishankar");
		String represented = page.html().select("table.representations").text();
		assertThat(represented).contains("SCO Summit 2024", "S. Jaishankar", "sent instead of Narendra Modi",
				"G7 Summit 2024");
	}

	@Test
	void belarusMovesFromDialoguePartnerToObserverToAccedingToMember() {
		Page page = get("/nations/belarus");

		assertThat(page.html().select("table.memberships tbody tr td:nth-child(2)").eachText())
			.containsExactly("Dialogue partner", "Observer", "Acceding", "Member", "Member");
		assertThat(page.text()).contains("4 July 2024 – present");
		// and a founding member of the UN (V95)
		assertThat(page.row("table.memberships tbody tr", "UN").text()).contains("24 October 1945");
	}

	@Test
	void nationListShowsEveryNationWithItsCurrentStandings() {
		Page page = get("/nations");

		assertThat(page.html().select("table.nations tbody tr"))
			.hasSize(Math.min(60, this.jdbc.queryForObject("select count(*) from nation", Integer.class)));
		// a list page holds 60 nations: Turkey is on the first page read backwards
		String turkey = get("/nations?sort=-name").row("table.nations tbody tr", "Turkey").text();
		assertThat(turkey).contains("NATO · Member", "SCO · Dialogue partner");
	}

	@Test
	void aPagePastTheEndOfTheRepresentationsShowsTheLastPage() {
		// the table is read a page at a time by SQL: a page number past the end answers
		// the last page, as the page read whole used to
		String first = get("/nations/india").html().select("table.representations tbody").text();

		Page past = get("/nations/india?page=999");

		assertThat(past.status()).isEqualTo(200);
		assertThat(first).isNotEmpty();
		assertThat(past.html().select("table.representations tbody").text()).isEqualTo(first);
	}

}
