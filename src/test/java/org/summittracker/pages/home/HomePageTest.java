package org.summittracker.pages.home;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageTest extends IntegrationTest {

	@Test
	void homeShowsRecentSummitsAndTheHighlightsOfWhoAttendsWhat() {
		Page page = get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("html").attr("lang")).isEqualTo("en");
		// the planned summits of 2026 (V110) are the newest
		assertThat(page.html().select("#recent-heading + ul a").eachText()).contains("NATO Summit 2026",
				"G7 Summit 2026", "SCO Summit 2025", "NATO Summit 2024");
		String bridges = page.html().select(".bridges").text();
		assertThat(bridges).contains("Emmanuel Macron", "G7 Summit 2025", "NATO Summit 2025",
				"Rests on an incomplete roster: NATO Summit 2025 records 31 of 32 member delegations.");
		assertThat(page.html().select("#standins-heading ~ ul").text()).contains("S. Jaishankar", "instead of",
				"Narendra Modi", "SCO Summit 2024");
	}

	@Test
	void everyPageLoadsItsStylesFromTheAppNotACdn() {
		Page page = get("/");

		assertThat(page.html().select("link[rel=stylesheet]").eachAttr("href")).isNotEmpty()
			.allSatisfy((href) -> assertThat(href).startsWith("/"));
		assertThat(page.html().select("script[src]").eachAttr("src"))
			.allSatisfy((src) -> assertThat(src).startsWith("/"));
		for (String href : page.html().select("link[rel=stylesheet]").eachAttr("href")) {
			assertThat(get(href).status()).as(href).isEqualTo(200);
		}
	}

}
