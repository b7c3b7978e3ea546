package org.summittracker.pages.summit;

import org.summittracker.summit.Summit;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SummitPagesTest extends IntegrationTest {

	@Test
	void astanaSummitPageListsTheAttendeesByStanding() {
		Page page = get("/summits/sco-2024-astana");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("SCO Summit 2024");
		assertThat(page.text()).contains("3–4 July 2024", "Astana", "Kazakhstan", "Shanghai Cooperation Organisation");
		List<String> members = page.html().select("#group-member tr:not(.group-row) td:nth-child(2) > a").eachText();
		assertThat(members).containsExactly("Kassym-Jomart Tokayev", "Xi Jinping", "S. Jaishankar", "Mohammad Mokhber",
				"Sadyr Japarov", "Shehbaz Sharif", "Vladimir Putin", "Emomali Rahmon", "Shavkat Mirziyoyev");
		assertThat(page.html().select("#group-acceding").text()).contains("Belarus", "Alexander Lukashenko");
		assertThat(page.html().select("#group-dialogue_partner").text()).contains("Turkey", "Recep Tayyip Erdoğan");
		assertThat(page.html().select("#group-organization").text()).contains("United Nations", "António Guterres",
				"Head of an international organization");
	}

	/**
	 * NATO's 2026 summit is recorded as announced (no report of it was read) and its
	 * days, 7-8 July 2026, have passed: its page and the summit list say so instead of
	 * showing it as still to come; a held summit says nothing of the kind.
	 */
	@Test
	void aPastSummitStillRecordedAsAnnouncedSaysNoReportOfItIsRecorded() {
		Page ankara = get("/summits/nato-2026-ankara");
		Page astana = get("/summits/sco-2024-astana");
		Page list = get("/summits?organization=nato");

		assertThat(ankara.html().select("header .badge.status").text()).isEqualTo("Planned");
		assertThat(ankara.html().select("header .unreported").text()).startsWith("Its dates have passed");
		assertThat(astana.html().select(".unreported")).isEmpty();
		assertThat(list.row("tbody tr", "NATO Summit 2026").select(".unreported").text())
			.isEqualTo("dates passed; no report recorded");
		assertThat(list.row("tbody tr", "NATO Summit 2025").select(".unreported")).isEmpty();
	}

	@Test
	void astanaSummitPageShowsIndiasRepresentativeSentInsteadOfModi() {
		Page page = get("/summits/sco-2024-astana");

		Element india = page.row("#group-member tr", "India");
		assertThat(india.text()).contains("S. Jaishankar", "sent instead of Narendra Modi", "Minister", "Attended");
		assertThat(page.html().select(".absences").text()).contains("India", "Narendra Modi", "Absent", "Sent instead",
				"S. Jaishankar", "parliamentary session");
	}

	@Test
	void astanaSummitPageDerivesTheMemberCountAndShowsTheClaimsAndTheirSources() {
		Page page = get("/summits/sco-2024-astana");

		assertThat(page.text()).contains("9 member states at the start, 10 at the end");
		Element erdogan = page.row("#group-dialogue_partner tr", "Erdoğan");
		assertThat(erdogan.select(".refs").text()).contains("Reportedly expected", "Attended");
		assertThat(page.html().select(".sources li").eachText()).anySatisfy((source) -> assertThat(source)
			.contains("Putin, Xi meet to bolster alliance against West ahead of NATO summit", "Fox News", "July 2024"));
		assertThat(page.html().select(".sources a[href]").eachAttr("href"))
			.contains("https://en.wikipedia.org/wiki/2024_Astana_SCO_summit");
	}

	@Test
	void astanaSummitPageLinksItsSidelineMeetingsTheNeighbouringSummitsAndTheBridgingLeader() {
		Page page = get("/summits/sco-2024-astana");

		assertThat(page.html().select("a[rel=prev]").attr("href")).isEqualTo("/summits/sco-2023-new-delhi");
		assertThat(page.html().select("a[rel=next]").attr("href")).isEqualTo("/summits/sco-2025-tianjin");
		assertThat(page.html().select("#sidelines-heading + ul a").eachText()).contains("Xi–Putin talks in Astana",
				"Erdoğan–Putin talks in Astana");
		assertThat(page.html().select("ul.bridges > li").eachText()).singleElement()
			.satisfies((text) -> assertThat(text).contains("Recep Tayyip Erdoğan", "NATO Summit 2024"));
	}

	@Test
	void sidelineMeetingNamesItsParentSummitInBreadcrumbsAndFacts() {
		Page page = get("/summits/biden-erdogan-2024-fasano");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".breadcrumb").text()).contains("G7 Summit 2024");
		assertThat(page.text()).contains("On the sidelines of", "14 June 2024", "Joe Biden", "Recep Tayyip Erdoğan");
	}

	@Test
	void summitListIsNewestFirstAndFiltersByOrganizationYearAndKind() {
		Page all = get("/summits");
		List<String> names = all.html().select("table.summits tbody tr td:nth-child(2) > a").eachText();
		// the newest is V110's planned NATO summit of July 2026
		assertThat(names).first().isEqualTo("NATO Summit 2026");
		assertThat(names).contains("Modi–Putin talks in New Delhi").last().isEqualTo("Modi–Putin talks in New Delhi");

		Page nato2024 = get("/summits?organization=nato&year=2024");
		assertThat(nato2024.html().select("table.summits tbody tr td:nth-child(2) > a").eachText())
			.containsExactly("NATO Summit 2024");
		assertThat(nato2024.html().select("#organization option[selected]").text()).isEqualTo("NATO");

		Page bilateral = get("/summits?kind=BILATERAL_MEETING&year=2024");
		assertThat(bilateral.html().select("table.summits tbody tr td:nth-child(2) > a").eachText()).containsExactly(
				"Erdoğan–Putin talks in Astana", "Xi–Putin talks in Astana", "Biden–Erdoğan meeting at the G7 summit",
				"Putin–Xi talks in Beijing");
	}

	@Test
	void aMalformedFilterIsAFriendlyBadRequestPage() {
		Page page = get("/summits?kind=SOMETHING&year=abc");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select("h1").text()).isEqualTo("That link is not quite right");
		assertThat(page.html().select("nav.navbar")).isNotEmpty();
		assertThat(page.body()).doesNotContain("Exception", "Whitelabel");
	}

}
