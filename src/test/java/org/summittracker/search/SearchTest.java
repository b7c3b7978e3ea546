package org.summittracker.search;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header search box, the search page and its suggestions, over real HTTP on the seed
 * data.
 */
class SearchTest extends IntegrationTest {

	private static final int MAX_STATEMENTS = 5;

	private static final int EXTRA_ROWS = 60;

	@AfterEach
	void removeExtraRows() {
		this.jdbc.update("delete from summit where slug like 'test-search-%'");
		this.jdbc.update("delete from person where slug like 'test-search-%'");
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			erdogan         | /leaders/recep-tayyip-erdogan
			ERDOĞAN         | /leaders/recep-tayyip-erdogan
			erdgan          | /leaders/recep-tayyip-erdogan
			Mokhbar         | /leaders/mohammad-mokhber
			mokhber         | /leaders/mohammad-mokhber
			lukashenka      | /leaders/alexander-lukashenko
			lukashenko      | /leaders/alexander-lukashenko
			Alyaksandr      | /leaders/alexander-lukashenko
			shanghai        | /organizations/sco
			sco             | /organizations/sco
			north atlantic  | /organizations/nato
			astana          | /summits/sco-2024-astana
			Borgo Egnazia   | /summits/g7-2024-apulia
			kazakhstan      | /summits/sco-2024-astana
			turkiye         | /nations/turkey
			Türkiye         | /nations/turkey
			TUR             | /nations/turkey
			Czechia         | /nations/czech-republic
			""")
	void aQueryFindsTheRecordWhateverItsCaseAccentsSpellingOrTypos(String query, String page) {
		Page results = get("/search?q=" + encode(query));

		assertThat(results.status()).isEqualTo(200);
		assertThat(results.html().select(".search-hits a").eachAttr("href")).contains(page);
	}

	@Test
	void resultsAreGroupedByKindWithTheBestMatchFirstInEachGroup() {
		Page results = get("/search?q=erdogan");

		List<Element> groups = results.html().select("section.search-group");
		assertThat(groups).extracting((group) -> group.selectFirst("h2 span").text())
			.containsExactly("People", "Summits and meetings");
		assertThat(hrefs(groups.get(0))).containsExactly("/leaders/recep-tayyip-erdogan");
		assertThat(hrefs(groups.get(1))).containsExactlyInAnyOrder("/summits/biden-erdogan-2024-fasano",
				"/summits/erdogan-putin-2024-astana");
		assertThat(results.html().selectFirst(".search-summary").text()).isEqualTo("3 matches for “erdogan”");
	}

	@Test
	void theGroupWithTheBestMatchComesFirst() {
		Page results = get("/search?q=shanghai");

		assertThat(results.html().select("section.search-group h2 span").eachText()).first().isEqualTo("Organizations");
		assertThat(hrefs(results.html().selectFirst("section.search-organization")))
			.containsExactly("/organizations/sco");
	}

	@Test
	void summitsInACityListTheOrganizationSummitFirstThenItsMeetings() {
		Page results = get("/search?q=astana");

		assertThat(hrefs(results.html().selectFirst("section.search-summit"))).containsExactly(
				"/summits/sco-2024-astana", "/summits/erdogan-putin-2024-astana", "/summits/xi-putin-2024-astana");
		assertThat(results.html().selectFirst("section.search-summit li").text()).contains("Astana, Kazakhstan",
				"3–4 July 2024");
	}

	@Test
	void aRecordOwnNameRanksAboveTheSummitsNamedAfterIt() {
		Page results = get("/search?q=sco");

		assertThat(results.html().select("section.search-group h2 span").eachText()).startsWith("Organizations",
				"Summits and meetings");
		assertThat(hrefs(results.html().selectFirst("section.search-summit")))
			.containsExactly("/summits/sco-2025-tianjin", "/summits/sco-2024-astana", "/summits/sco-2023-new-delhi");
	}

	@Test
	void aMatchOnAnotherNameSaysWhichNameMatched() {
		assertThat(get("/search?q=Mokhbar").html().selectFirst("section.search-person li").text())
			.contains("Mohammad Mokhber", "matched “Mohammad Mokhbar”", "Iran");
		assertThat(get("/search?q=turkiye").html().selectFirst("section.search-nation li").text()).contains("Turkey",
				"matched “Türkiye”");
	}

	@Test
	void theQueryStaysInTheHeaderBox() {
		Page results = get("/search?q=" + encode("Erdoğan  "));

		assertThat(results.html().selectFirst("header form[role=search] input[name=q]").val()).isEqualTo("Erdoğan  ");
		assertThat(results.html().title()).startsWith("Search: Erdoğan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search", "/search?q=", "/search?q=%20%20%20" })
	void aBlankQueryExplainsWhatCanBeSearched(String path) {
		Page page = get(path);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("section.search-group")).isEmpty();
		assertThat(page.html().selectFirst(".search-empty").text()).contains("by any of its names");
		assertThat(page.html().select(".search-examples a").eachAttr("href")).contains("/search?q=erdogan");
	}

	@Test
	void aQueryThatMatchesNothingSaysSoAndOffersTheLists() {
		Page page = get("/search?q=xqzzvy");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("section.search-group")).isEmpty();
		assertThat(page.html().selectFirst(".search-none").text()).contains("Nothing matches “xqzzvy”.");
		assertThat(page.html().select(".search-none a").eachAttr("href")).contains("/leaders", "/summits");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/summits", "/summits/sco-2024-astana", "/leaders/narendra-modi", "/nations",
			"/organizations/sco", "/search?q=modi", "/no-such-page" })
	void everyPageHasTheLabelledSearchBoxInItsHeader(String path) {
		Page page = get(path);

		Element form = page.html().selectFirst("header form[role=search]");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		Element input = form.selectFirst("input[name=q]");
		assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isNotBlank();
		assertThat(input.attr("data-hx-get")).isEqualTo("/search/suggest");
		assertThat(form.selectFirst("button[type=submit]")).isNotNull();
	}

	@Test
	void suggestionsAreLinksToTheBestMatchesOfAnyKind() {
		Page fragment = anonymous().getHtmx("/search/suggest?q=erdo");

		assertThat(fragment.status()).isEqualTo(200);
		List<String> links = fragment.html().select("ul.search-suggestion-list a").eachAttr("href");
		assertThat(links).first().isEqualTo("/leaders/recep-tayyip-erdogan");
		assertThat(links).contains("/summits/erdogan-putin-2024-astana").last().isEqualTo("/search?q=erdo");
		assertThat(fragment.html().selectFirst("ul.search-suggestion-list a").text())
			.isEqualTo("Recep Tayyip Erdoğan Person · Turkey");
	}

	@Test
	void aBlankQuerySuggestsNothing() {
		Page fragment = anonymous().getHtmx("/search/suggest?q=%20");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.html().select("a")).isEmpty();
	}

	@Test
	void theSearchPageAndSuggestionsIssueAtMostFiveStatements() {
		for (String path : List.of("/search?q=erdogan", "/search?q=astana", "/search?q=xqzzvy", "/search?q=",
				"/search/suggest?q=erdo")) {
			Counted counted = getCounting(path);

			assertThat(counted.page().status()).isEqualTo(200);
			assertThat(counted.statements()).as(path).isLessThanOrEqualTo(MAX_STATEMENTS);
		}
	}

	@Test
	void theSearchPageIssuesTheSameStatementsWithManyMoreMatches() {
		long before = getCounting("/search?q=astana").statements();
		long suggestBefore = getCounting("/search/suggest?q=astana").statements();
		this.jdbc.update("""
				insert into person (slug, name, sort_name, nationality_id)
				select 'test-search-' || g, 'Astana Person ' || g, 'Person ' || lpad(g::text, 3, '0'), n.id
				from generate_series(1, ?) g, nation n where n.iso_alpha2 = 'KZ'""", EXTRA_ROWS);
		this.jdbc.update("""
				insert into person_name (person_id, name, kind)
				select id, 'Astanov ' || slug, 'VARIANT' from person where slug like 'test-search-%'""");
		this.jdbc.update("""
				insert into summit (slug, name, kind, host_nation_id, city, start_date, end_date, status)
				select 'test-search-' || g, 'Test talks ' || g, 'BILATERAL_MEETING', n.id, 'Astana',
				       date '2000-01-01' + g, date '2000-01-01' + g, 'HELD'
				from generate_series(1, ?) g, nation n where n.iso_alpha2 = 'KZ'""", EXTRA_ROWS);

		Counted after = getCounting("/search?q=astana");
		Counted suggestions = getCounting("/search/suggest?q=astana");

		assertThat(after.page().html().select("section.search-summit li")).hasSize(SearchController.PER_KIND);
		assertThat(after.page().html().select("section.search-person li")).hasSize(SearchController.PER_KIND);
		assertThat(after.page().html().selectFirst("section.search-summit").text()).contains("The 20 best of 63");
		assertThat(hrefs(after.page().html().selectFirst("section.search-summit"))).first()
			.isEqualTo("/summits/sco-2024-astana");
		assertThat(after.statements()).isEqualTo(before).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(suggestions.page().html().select("ul.search-suggestion-list a"))
			.hasSize(SearchController.SUGGESTIONS + 1);
		assertThat(suggestions.statements()).isEqualTo(suggestBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	private static List<String> hrefs(Element group) {
		return group.select(".search-hits a").eachAttr("href");
	}

	private static String encode(String query) {
		return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
	}

}
