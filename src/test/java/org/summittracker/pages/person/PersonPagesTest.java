package org.summittracker.pages.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PersonPagesTest extends IntegrationTest {

	@Test
	void erdogansPageListsBothTheScoAndTheNatoSummitInDateOrder() {
		Page page = get("/leaders/recep-tayyip-erdogan");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1 > span").first().text()).isEqualTo("Recep Tayyip Erdoğan");
		List<String> summits = page.html().select("table.appearances tbody tr td:nth-child(2) > a").eachText();
		assertThat(summits).containsSubsequence("NATO Summit 2023", "G7 Summit 2024",
				"Biden–Erdoğan meeting at the G7 summit", "SCO Summit 2024", "Erdoğan–Putin talks in Astana",
				"NATO Summit 2024", "NATO Summit 2025", "SCO Summit 2025");
		assertThat(page.text()).contains("Recep Tayyip Erdogan", "President of Turkey", "Prime Minister of Turkey");
	}

	@Test
	void erdogansCapacityAtAstanaIsHisOfficeOnThatDateAndTurkeysStanding() {
		Page page = get("/leaders/recep-tayyip-erdogan");

		String astana = page.row("table.appearances tbody tr", "SCO Summit 2024").text();
		assertThat(astana).contains("Head of state", "Dialogue partner", "President of Turkey", "Attended");
	}

	@Test
	void modisPageShowsWhoRepresentedHimAtAstanaAndHisAbsence() {
		Page page = get("/leaders/narendra-modi");

		assertThat(page.html().select(".represented").text()).contains("SCO Summit 2024", "S. Jaishankar",
				"Minister of External Affairs of India");
		assertThat(page.html().select("table.appearances").text()).contains("SCO Summit 2024", "Absent",
				"G7 Summit 2024", "Guest", "Modi–Putin talks in New Delhi", "6 December 2021");
	}

	@Test
	void anActingOfficeIsMarkedActing() {
		Page page = get("/leaders/mohammad-mokhber");

		assertThat(page.html().select(".offices li").text()).contains("President of Iran", "acting",
				"20 May 2024 – 28 July 2024");
		assertThat(page.text()).contains("Mohammad Mokhbar", "misspelling in a source");
	}

	@Test
	void leaderListFiltersByNation() {
		Page india = get("/leaders?nation=india");

		assertThat(india.html().select("table.leaders tbody td:first-child a").eachText())
			.containsExactly("S. Jaishankar", "Narendra Modi");
		assertThat(india.text()).contains("Minister of External Affairs of India", "Prime Minister of India");
		assertThat(get("/leaders").html().select("table.leaders tbody tr")).hasSizeGreaterThan(15);
	}

	@Test
	void theNationFilterOffersEachNationSomeoneInTheTrackerComesFromInNameOrder() {
		List<String> offered = get("/leaders").html().select("select#nation option:not([value=''])").eachText();

		// the reference: every person joined to their nation, distinct
		List<String> nationalities = this.jdbc.queryForList("""
				select distinct n.name from person p join nation n on n.id = p.nationality_id""", String.class);
		assertThat(offered).containsExactlyInAnyOrderElementsOf(nationalities).contains("India", "Turkey");
		assertThat(offered).isSortedAccordingTo(String::compareTo);
		assertThat(offered).doesNotContain(this.jdbc.queryForObject(
				"""
						select min(n.name) from nation n where not exists (select 1 from person p where p.nationality_id = n.id)""",
				String.class));
	}

}
