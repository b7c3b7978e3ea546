package org.summittracker.insight;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insight pages answer the questions readers come with, over real HTTP on the seed
 * data.
 */
class InsightPagesTest extends IntegrationTest {

	@Test
	void comparingTheSCOAndNATOSummitsShowsErdoganFirstAsTheOnlyLeaderAtBoth() {
		Page page = get("/compare/summits?s=sco-2024-astana&s=nato-2024-washington");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("table.summit-comparison thead th[scope=col]").eachText()).satisfiesExactly(
				(who) -> assertThat(who).isEqualTo("Person or delegation"),
				(sco) -> assertThat(sco).contains("SCO Summit 2024", "3–4 July 2024"),
				(nato) -> assertThat(nato).contains("NATO Summit 2024", "9–11 July 2024"));
		Elements rows = page.html().select("table.summit-comparison tbody tr");
		Element first = rows.first();
		assertThat(first.hasClass("at-all")).isTrue();
		assertThat(first.select("th").text()).contains("Recep Tayyip Erdoğan", "At all");
		assertThat(first.select("td").eachText()).satisfiesExactly(
				(sco) -> assertThat(sco).contains("Head of state", "Turkey", "Dialogue partner"),
				(nato) -> assertThat(nato).contains("Head of state", "Turkey", "Member"));
		assertThat(page.html().select("table.summit-comparison tbody tr.at-all")).hasSize(1);
		assertThat(page.html().select(".at-all-count").text()).isEqualTo("One was present at all of them.");
	}

	@Test
	void comparingSummitsShowsCapacitiesAbsencesAndWhoWasSentInstead() {
		Page page = get("/compare/summits?s=sco-2024-astana&s=nato-2024-washington");

		Element jaishankar = page.row("table.summit-comparison tbody tr", "S. Jaishankar");
		assertThat(jaishankar.select("td").first().text()).contains("Minister", "India",
				"sent instead of Narendra Modi");
		assertThat(jaishankar.select("td").last().text()).contains("Nothing recorded");
		Element modi = page.row("table.summit-comparison tbody tr:has(th > a:containsOwn(Narendra Modi))", "Modi");
		assertThat(modi.hasClass("at-all")).isFalse();
		assertThat(modi.select("td").first().text()).contains("Head of government", "Absent");
		assertThat(page.row("table.summit-comparison tbody tr", "Joe Biden").select("td").last().text())
			.contains("Host and chair", "United States");
	}

	@Test
	void theComparisonFormKeepsTheChosenSummitsAndOffersAnotherChoice() {
		Page page = get("/compare/summits?s=sco-2024-astana&s=nato-2024-washington");

		Elements selects = page.html().select("form.compare-form select[name=s]");
		assertThat(selects).hasSize(3);
		assertThat(selects.get(0).select("option[selected]").val()).isEqualTo("sco-2024-astana");
		assertThat(selects.get(1).select("option[selected]").val()).isEqualTo("nato-2024-washington");
		assertThat(selects.get(2).select("option[selected]")).isEmpty();
		assertThat(page.html().select("label[for=summit-3]").text()).isEqualTo("Summit 3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare/summits", "/compare/summits?s=sco-2024-astana",
			"/compare/summits?s=sco-2024-astana&s=sco-2024-astana&s=", "/compare/organizations",
			"/compare/organizations?o=sco" })
	void comparingFewerThanTwoAsksForAnotherInsteadOfFailing(String path) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".choose-more").text()).contains("Choose at least two");
		assertThat(page.html().select("table.comparison")).isEmpty();
		assertThat(page.html().select("form.compare-form select")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void comparingOneSummitPreselectsItSoTheReaderOnlyPicksTheOther() {
		Page page = get("/compare/summits?s=sco-2024-astana");

		Elements selects = page.html().select("form.compare-form select[name=s]");
		assertThat(selects).hasSize(2);
		assertThat(selects.get(0).select("option[selected]").val()).isEqualTo("sco-2024-astana");
		assertThat(selects.get(1).select("option").eachAttr("value")).contains("nato-2024-washington", "g7-2024-apulia",
				"modi-putin-2021-new-delhi");
	}

	@Test
	void comparingTooManyAtOnceSaysHowManyFit() {
		StringBuilder path = new StringBuilder("/compare/summits?s=a");
		for (int i = 0; i < Selection.MAX; i++) {
			path.append("&s=summit-").append(i);
		}
		Page page = get(path.toString());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".choose-more").text()).contains("at most " + Selection.MAX);
		assertThat(page.html().select("table.comparison")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare/summits?s=sco-2024-astana&s=no-such-summit", "/compare/summits?s=no-such-summit",
			"/compare/organizations?o=sco&o=no-such-organization", "/organizations/no-such-organization/matrix",
			"/organizations/no-such-organization/timeline", "/timeline?organization=no-such-organization",
			"/leaders/no-such-leader/timeline" })
	void anUnknownRecordInTheUrlIsNotFound(String path) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/matrix?year=abc", "/matrix?year=99999999999" })
	void aMalformedYearIsABadRequest(String path) {
		assertThat(get(path).status()).isEqualTo(400);
	}

	@Test
	void comparingTheSCOAndNATOShowsTurkeyFirstWithItsStandingInEach() {
		Page page = get("/compare/organizations?o=sco&o=nato");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("table.organization-comparison thead th[scope=col]").eachText())
			.containsExactly("Nation", "SCO", "NATO");
		Element first = page.html().select("table.organization-comparison tbody tr").first();
		assertThat(first.hasClass("at-all")).isTrue();
		assertThat(first.select("th").text()).contains("Turkey", "In all");
		assertThat(first.select("td").eachText()).satisfiesExactly(
				(sco) -> assertThat(sco).contains("Dialogue partner", "since 2012"),
				(nato) -> assertThat(nato).contains("Member", "since 18 February 1952"));
		assertThat(page.html().select("table.organization-comparison tbody tr.at-all")).hasSize(1);
		assertThat(page.html().select(".in-all-count").text()).isEqualTo("One nation has a standing in all of them.");
	}

	@Test
	void comparingOrganizationsListsOnlyCurrentStandings() {
		Page page = get("/compare/organizations?o=sco&o=g7");

		Element belarus = page.row("table.organization-comparison tbody tr", "Belarus");
		assertThat(belarus.select("td").first().text()).contains("Member", "since 4 July 2024")
			.doesNotContain("Acceding", "Observer");
		Element russia = page.row("table.organization-comparison tbody tr", "Russia");
		assertThat(russia.hasClass("at-all")).as("Russia left the G8 in 2014").isFalse();
		assertThat(russia.select("td").last().text()).contains("No standing");
	}

	@Test
	void theSCOMatrixIsAnAccessibleTableOfNationsBySummits() {
		Page page = get("/organizations/sco/matrix");

		assertThat(page.status()).isEqualTo(200);
		Element table = page.html().selectFirst("table.matrix");
		assertThat(table.select("caption").text()).isEqualTo("Nations at SCO summits: standing and who came");
		assertThat(table.select("thead th[scope=col]").eachText()).satisfiesExactly(
				(nation) -> assertThat(nation).isEqualTo("Nation"),
				(s2023) -> assertThat(s2023).contains("SCO Summit 2023", "New Delhi"),
				(s2024) -> assertThat(s2024).contains("SCO Summit 2024", "Astana"),
				(s2025) -> assertThat(s2025).contains("SCO Summit 2025", "Tianjin"));
		assertThat(table.select("tbody th[scope=row]")).hasSizeGreaterThan(20);
		assertThat(page.html().select(".legend li").eachText()).contains("Member", "Acceding", "Observer",
				"Dialogue partner", "✕ stayed away (absent or declined)", "↳ sent instead of someone");
	}

	@Test
	void theSCOMatrixAnswersWhomIndiaSentToItsSummits() {
		Page page = get("/organizations/sco/matrix");

		Elements india = page.html().select("tr#nation-india td");
		assertThat(india).hasSize(3);
		assertThat(india.eachAttr("class")).allSatisfy((c) -> assertThat(c).contains("standing-member"));
		Element astana = india.get(1);
		assertThat(astana.select("li").eachText()).satisfiesExactly(
				(sent) -> assertThat(sent).contains("S. Jaishankar", "Minister", "sent instead of Narendra Modi"),
				(absent) -> assertThat(absent).contains("Narendra Modi", "Head of government", "Absent"));
		assertThat(astana.select(".absent").text()).contains("Narendra Modi");
		assertThat(india.get(0).text()).contains("Member", "Narendra Modi", "Host");
	}

	@Test
	void theSCOMatrixShowsBelarusBecomingAMemberDuringTheAstanaSummit() {
		Page page = get("/organizations/sco/matrix");

		Elements belarus = page.html().select("tr#nation-belarus td");
		assertThat(belarus.get(0).select(".cell-standing").text()).isEqualTo("Acceding");
		assertThat(belarus.get(1).select(".cell-standing").text()).contains("Acceding", "Member");
		assertThat(belarus.get(1).text()).contains("Alexander Lukashenko", "Head of state");
		assertThat(belarus.get(2).attr("class")).contains("standing-member");
		assertThat(page.html().select("tr#organization-un td").get(1).text()).contains("António Guterres");
	}

	@Test
	void theMatrixOfAYearSetsEveryOrganizationsSummitsSideBySide() {
		Page page = get("/matrix?year=2024");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Attendance matrix 2024");
		assertThat(page.html().select("table.matrix thead th[scope=col] > a").eachText())
			.containsExactly("G7 Summit 2024", "SCO Summit 2024", "NATO Summit 2024");
		Elements turkey = page.html().select("tr#nation-turkey td");
		assertThat(turkey.get(0).text()).contains("Guest", "Recep Tayyip Erdoğan");
		assertThat(turkey.get(1).text()).contains("Dialogue partner", "Recep Tayyip Erdoğan");
		assertThat(turkey.get(2).text()).contains("Member", "Recep Tayyip Erdoğan");
		assertThat(page.html().select("tr#nation-india td").get(0).text()).contains("Guest", "Narendra Modi");
		assertThat(page.html().select("nav a[href='/matrix?year=2023']")).hasSize(1);
	}

	@Test
	void aYearWithoutSummitsSaysSo() {
		Page page = get("/matrix?year=1900");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("No summits recorded.");
	}

	@Test
	void theSCOTimelineShowsHowItGrewNationByNation() {
		Page page = get("/organizations/sco/timeline");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("How the SCO grew");
		// an end is the last day it held: a standing that follows starts the day after
		assertThat(standings(page, "belarus")).containsExactly("Dialogue partner 2009 – 2014",
				"Observer 2015 – 3 July 2023", "Acceding 4 July 2023 – 3 July 2024", "Member 4 July 2024 – present");
		assertThat(standings(page, "india")).containsExactly("Observer 2005 – 8 June 2017",
				"Member 9 June 2017 – present");
		assertThat(standings(page, "pakistan")).containsExactly("Observer 2005 – 8 June 2017",
				"Member 9 June 2017 – present");
		assertThat(standings(page, "egypt")).containsExactly("Dialogue partner 14 September 2022 – present");
		List<String> order = page.html().select("table.membership-timeline tbody th a").eachText();
		assertThat(order.indexOf("China")).isLessThan(order.indexOf("India"));
		assertThat(order.indexOf("India")).isLessThan(order.indexOf("Belarus"));
	}

	@Test
	void theSCOTimelineCountsMembersAfterEachChange() {
		Page page = get("/organizations/sco/timeline");

		List<String> steps = page.html().select("table.member-counts tbody tr").eachText();
		assertThat(steps).satisfiesExactly(
				(founding) -> assertThat(founding).startsWith("15 June 2001 6").contains("China", "Uzbekistan"),
				(y2017) -> assertThat(y2017).startsWith("9 June 2017 8").contains("India", "Pakistan"),
				(y2023) -> assertThat(y2023).startsWith("4 July 2023 9").contains("Iran"),
				(y2024) -> assertThat(y2024).startsWith("4 July 2024 10").contains("Belarus"));
		assertThat(page.text()).contains("Members today: 10");
	}

	@Test
	void theMemberCountChartGetsItsDataAsJsonAndItsScriptsFromTheApp() {
		Page page = get("/organizations/sco/timeline");

		Element chart = page.html().selectFirst("[data-chart=member-count]");
		assertThat(chart.hasAttr("hidden")).as("hidden until the script draws it").isTrue();
		assertThat(chart.attr("data-series-name")).isEqualTo("Members");
		Element data = page.html().getElementById(chart.attr("data-chart-data"));
		assertThat(data.attr("type")).isEqualTo("application/json");
		assertThat(data.data()).startsWith("{\"points\":[[\"2001-06-15\",6],[\"2017-06-09\",8],")
			.contains("[\"2024-07-04\",10]");
		assertThat(page.html().select("script[src]").eachAttr("src"))
			.anySatisfy((src) -> assertThat(src).startsWith("/webjars/echarts/").contains("/dist/echarts.min"))
			.anySatisfy((src) -> assertThat(src).startsWith("/assets/js/insight-charts"));
		assertThat(page.html().select("script:not([src]):not([type=application/json])")).isEmpty();
		assertThat(page.html().select("svg.timeline-drawing rect.standing-acceding")).hasSize(1);
		assertThat(get("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
	}

	@Test
	void theTimelinePutsSummitsAndMeetingsOnATimeAxis() {
		Page page = get("/timeline");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("svg.timeline-drawing .lane-label").eachText()).containsExactly("G7", "NATO",
				"SCO", "Meetings");
		// the seed's 14 and V110's two planned summits of 2026
		assertThat(page.html().select("svg.timeline-drawing rect")).hasSize(16);
		List<String> events = page.html().select("table.events tbody th a").eachText();
		assertThat(events).hasSize(16).first().isEqualTo("Modi–Putin talks in New Delhi");
		assertThat(events).last().isEqualTo("NATO Summit 2026");
	}

	@Test
	void theTimelineOfOneOrganizationShowsItsSummitsAndTheMeetingsOnTheirSidelines() {
		Page page = get("/timeline?organization=sco");

		assertThat(page.html().select("h1").text()).isEqualTo("SCO summits and meetings over time");
		assertThat(page.html().select("table.events tbody th a").eachText()).containsExactlyInAnyOrder(
				"SCO Summit 2023", "SCO Summit 2024", "SCO Summit 2025", "Xi–Putin talks in Astana",
				"Erdoğan–Putin talks in Astana");
		assertThat(page.html().select("select#organization option[selected]").val()).isEqualTo("sco");
	}

	@Test
	void aLeadersTimelineShowsOfficesMeetingsAndWhomTheySentInstead() {
		Page page = get("/leaders/narendra-modi/timeline");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("svg.timeline-drawing .lane-label").eachText())
			.containsExactly("Prime Minister of India", "Summits", "Meetings");
		Element astana = page.row("table.appearances-over-time tbody tr", "SCO Summit 2024");
		assertThat(astana.text()).contains("3–4 July 2024", "Head of government", "Absent",
				"Represented by S. Jaishankar");
		assertThat(page.html().select("table.appearances-over-time tbody th a").eachText()).containsSubsequence(
				"Modi–Putin talks in New Delhi", "G7 Summit 2023", "SCO Summit 2023", "G7 Summit 2024",
				"SCO Summit 2024", "G7 Summit 2025", "SCO Summit 2025");
		assertThat(page.html().select("svg.timeline-drawing rect.status-absent")).hasSize(1);
	}

	@Test
	void aLeaderWithoutRecordsGetsATimelineThatSaysSo() {
		this.jdbc.update("insert into person (slug, name, sort_name) values ('test-nobody', 'Test Nobody', 'Nobody')");
		try {
			Page page = get("/leaders/test-nobody/timeline");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.text()).contains("No offices or meetings recorded.");
		}
		finally {
			this.jdbc.update("delete from person where slug = 'test-nobody'");
		}
	}

	@Test
	void thePagesReadersUseLinkToTheInsightPages() {
		assertThat(get("/summits/sco-2024-astana").html().select("a.compare").attr("href"))
			.isEqualTo("/compare/summits?s=sco-2024-astana");
		Page organization = get("/organizations/sco");
		assertThat(organization.html().select("a.matrix").attr("href")).isEqualTo("/organizations/sco/matrix");
		assertThat(organization.html().select("a.timeline").attr("href")).isEqualTo("/organizations/sco/timeline");
		assertThat(organization.html().select("a.compare").attr("href")).isEqualTo("/compare/organizations?o=sco");
		assertThat(get("/leaders/recep-tayyip-erdogan").html().select("a.timeline").attr("href"))
			.isEqualTo("/leaders/recep-tayyip-erdogan/timeline");
	}

	private static List<String> standings(Page page, String nation) {
		return page.html()
			.select("tr#nation-" + nation + " .standings-path li")
			.eachText()
			.stream()
			.map((s) -> s.replace(" →", ""))
			.toList();
	}

}
