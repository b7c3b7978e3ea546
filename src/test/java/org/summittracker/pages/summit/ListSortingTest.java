package org.summittracker.pages.summit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists sort by their column headers; the sort and the filters live in the URL, so any
 * view can be shared.
 */
class ListSortingTest extends IntegrationTest {

	@Test
	void summitsSortByNameAndTheSameHeaderFlipsTheDirection() {
		Page byName = get("/summits?sort=name");
		List<String> names = byName.html().select("table.summits tbody td:nth-child(2) > a").eachText();

		assertThat(names)
			.containsExactlyElementsOf(this.jdbc.queryForList("select name from summit order by name", String.class));
		assertThat(byName.html().select("th[aria-sort=ascending]").text()).contains("Summits");
		assertThat(byName.html().select("th[aria-sort=ascending] a").attr("href")).isEqualTo("/summits?sort=-name");
		List<String> reversed = new java.util.ArrayList<>(names);
		java.util.Collections.reverse(reversed);
		assertThat(get("/summits?sort=-name").html().select("table.summits tbody td:nth-child(2) > a").eachText())
			.containsExactlyElementsOf(reversed);
	}

	@Test
	void sortingByOrganizationKeepsMeetingsThatHaveNone() {
		int all = get("/summits").html().select("table.summits tbody tr").size();

		Page byOrganization = get("/summits?sort=organization");

		assertThat(byOrganization.html().select("table.summits tbody tr")).hasSize(all);
		assertThat(byOrganization.html().select("table.summits tbody td:nth-child(3)").eachText())
			.filteredOn((text) -> !text.isEmpty())
			.isSorted();
	}

	@Test
	void sortLinksKeepTheFiltersAndAnUnknownSortFallsBackToTheDefault() {
		Page filtered = get("/summits?organization=sco&year=2024");

		assertThat(filtered.html().select("th.sortable a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).contains("organization=sco", "year=2024"));
		assertThat(get("/summits?sort=password").status()).isEqualTo(200);
		assertThat(get("/summits?sort=password").html().select("th[aria-sort=descending]").text()).contains("When");
	}

	@Test
	void leadersSortByNation() {
		List<String> nations = get("/leaders?sort=nation").html()
			.select("table.leaders tbody td:nth-child(2) a")
			.eachText();

		assertThat(nations).isNotEmpty().isSorted();
	}

	@Test
	void nationsSortByTheirIsoCode() {
		List<String> codes = get("/nations?sort=code").html()
			.select("table.nations tbody td:nth-child(2) code:first-child")
			.eachText();

		assertThat(codes).hasSize(Math.min(60, this.jdbc.queryForObject("select count(*) from nation", Integer.class)))
			.isSorted();
		assertThat(get("/nations?sort=-code").html().select("table.nations tbody td:nth-child(2) code").first().text())
			.isEqualTo(this.jdbc.queryForObject("select max(iso_alpha2) from nation", String.class));
	}

	@Test
	void nationsFilterByTheirStandingTodayInAnOrganization() {
		Counted nato = getCounting("/nations?organization=nato&sort=code");

		assertThat(nato.page().html().select("table.nations tbody tr")).hasSize(32);
		assertThat(nato.page().html().select("#organization option[selected]").text()).isEqualTo("NATO");
		assertThat(nato.statements()).isLessThanOrEqualTo(5);
		// ten members and, since the Tianjin summit, seventeen partners (former observers
		// and Laos included)
		assertThat(get("/nations?organization=sco").html().select("table.nations tbody tr")).hasSize(10 + 17);
	}

	@Test
	void organizationsSortByName() {
		assertThat(
				get("/organizations?sort=-name").html().select("table.organizations tbody td:nth-child(2)").eachText())
			.containsExactly("United Nations", "Shanghai Cooperation Organisation",
					"North Atlantic Treaty Organization", "Group of Seven", "European Union",
					"Commonwealth of Independent States", "Collective Security Treaty Organization",
					"Association of Southeast Asian Nations");
	}

	@Test
	void organizationsFilterByKind() {
		assertThat(get("/organizations?kind=MILITARY_ALLIANCE").html()
			.select("table.organizations tbody td:first-child")
			.eachText()).containsExactly("CSTO", "NATO");
	}

	@Test
	void editorsFilterAndSortOffices() {
		var editor = signedIn(org.summittracker.account.Role.EDITOR);

		var ministers = editor.get("/admin/offices?kind=FOREIGN_MINISTER").html();
		assertThat(ministers.select("table.offices tbody tr")).hasSize(1);
		assertThat(ministers.select("table.offices tbody").text()).contains("Minister of External Affairs of India");
		List<String> titles = editor.get("/admin/offices?sort=title")
			.html()
			.select("table.offices tbody td:first-child")
			.eachText();
		// sorted as the database's collation sorts, whichever that is
		assertThat(titles).hasSizeGreaterThan(15)
			.containsExactlyElementsOf(
					this.jdbc.queryForList("select title from office order by title, id", String.class));
	}

}
