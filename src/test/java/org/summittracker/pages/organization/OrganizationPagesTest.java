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
	void anOrganizationsPageListsItsNewest50SummitsAndLinksTheRest() {
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, organization_id, start_date, end_date, status)
					select 'test-many-' || g, 'Test G7 summit ' || g, 'ORGANIZATION_SUMMIT',
					       (select id from organization where slug = 'g7'), date '1950-01-01' + g, date '1950-01-01' + g, 'HELD'
					from generate_series(1, 60) g""");
		try {
			Page page = get("/organizations/g7");
			assertThat(page.status()).isEqualTo(200);
			var listed = page.html().select("#summits-heading + ul li a").eachText();
			assertThat(listed).hasSize(50);
			// newest first: the seeded summits, then the test summits from the latest
			// down
			assertThat(listed.get(0)).isEqualTo("G7 Summit 2026");
			assertThat(listed).doesNotContain("Test G7 summit 1");
			assertThat(page.html().select("p.more-summits").text()).contains("The newest 50 are listed.");
			assertThat(page.html().select("p.more-summits a").attr("href")).isEqualTo("/summits?organization=g7");
		}
		finally {
			this.jdbc.update("delete from summit where slug like 'test-many-%'");
		}
		assertThat(get("/organizations/g7").html().select("p.more-summits")).isEmpty();
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
