package org.summittracker.pages.organization;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that speak of "today" or "current" say as of which date the data is known (the
 * latest dated source), and a standing whose start is not known is shown and drawn as
 * unknown, never as held since the axis begins.
 */
class AsOfAndUnknownDatesTest extends IntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/organizations/sco", "/organizations", "/leaders", "/nations",
			"/organizations/sco/timeline", "/compare/organizations?o=sco&o=nato" })
	void pagesAboutTodaySayAsOfWhichDateTheirDataIsKnown(String path) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".as-of").text()).isEqualTo(
				"Current as of 2 September 2025, the date of the latest source read; later changes may not be recorded yet.");
	}

	// Every seeded SCO standing now has a sourced start (V106), so these tests record one
	// without a start themselves, and remove it afterwards.
	@Test
	void aStandingWithAnUnknownStartSaysSo() {
		withAnUnknownStart(() -> {
			Page page = get("/organizations/sco");

			Element japan = page.row("#standing-dialogue_partner + table tbody tr", "Japan");
			assertThat(japan.select(".start-unknown").text()).isEqualTo("unknown start");
			Page nation = get("/nations/japan");
			assertThat(nation.row("table tbody tr", "Dialogue partner").text()).contains("unknown start – present")
				.doesNotContain("…");
		});
	}

	@Test
	void theTimelineDrawsAnUnknownStartAsAStubNotFromTheAxisStart() {
		assertThat(get("/organizations/sco/timeline").html().select("svg rect.start-unknown"))
			.as("no seeded SCO standing lacks its start")
			.isEmpty();
		withAnUnknownStart(() -> {
			Page page = get("/organizations/sco/timeline");

			var unknown = page.html().select("svg rect.start-unknown");
			assertThat(unknown).hasSize(1).allSatisfy((bar) -> assertThat(bar.attr("width")).isEqualTo("14.0"));
			double axisStart = page.html()
				.select("svg rect.standing-member")
				.stream()
				.mapToDouble((bar) -> Double.parseDouble(bar.attr("x")))
				.min()
				.orElseThrow();
			assertThat(unknown)
				.allSatisfy((bar) -> assertThat(Double.parseDouble(bar.attr("x"))).isGreaterThan(axisStart));
			assertThat(page.text()).contains("start not recorded");
		});
	}

	private void withAnUnknownStart(Runnable check) {
		this.jdbc.update("""
				insert into membership (nation_id, organization_id, standing, note)
				select n.id, o.id, 'DIALOGUE_PARTNER', 'Test standing with an unknown start'
				from nation n, organization o where n.iso_alpha2 = 'JP' and o.acronym = 'SCO'""");
		try {
			check.run();
		}
		finally {
			this.jdbc.update("delete from membership where note = 'Test standing with an unknown start'");
		}
	}

}
