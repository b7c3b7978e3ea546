package org.summittracker.pages.organization;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationPagesTest extends IntegrationTest {

	@Test
	void scoPageListsTenMembersPartnersObserversAndFormerStandings() {
		Page page = get("/organizations/sco");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("10 members today", "15 June 2001");
		assertThat(page.html().select("#standing-member + table tbody tr")).hasSize(10);
		// the Tianjin summit made the observers partners and admitted Laos as one
		assertThat(page.html().select("#standing-observer + table tbody tr")).isEmpty();
		assertThat(page.html().select("#standing-dialogue_partner + table tbody tr")).hasSize(17);
		assertThat(page.html().select("#standing-dialogue_partner + table").text()).contains("Mongolia", "Afghanistan",
				"Laos 1 September 2025");
		assertThat(page.html().select("table.former").text()).contains("Iran Observer 2005 – 3 July 2023",
				"Belarus Acceding 4 July 2023 – 3 July 2024", "Mongolia Observer 2004 – 31 August 2025");
		assertThat(page.html().select("#summits-heading + ul a").eachText()).containsExactly("SCO Summit 2025",
				"SCO Summit 2024", "SCO Summit 2023");
	}

	@Test
	void natoHas32MembersAndTheG7ShowsRussiaAsAFormerMember() {
		assertThat(get("/organizations/nato").html().select("#standing-member + table tbody tr")).hasSize(32);
		Page g7 = get("/organizations/g7");
		assertThat(g7.html().select("#standing-member + table tbody tr")).hasSize(7);
		assertThat(g7.html().select("table.former").text()).contains("Russia", "1997 – March 2014");
	}

	@Test
	void organizationListCountsCurrentStandings() {
		Page page = get("/organizations");

		String sco = page.row("table.organizations tbody tr", "SCO").text();
		assertThat(sco).contains("Shanghai Cooperation Organisation", "10", "17 Dialogue partner")
			.doesNotContain("Observer");
	}

}
