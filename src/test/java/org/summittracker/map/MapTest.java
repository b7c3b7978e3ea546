package org.summittracker.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/**
 * The world map of summit locations, and the coordinates editors give summits, over HTTP.
 */
class MapTest extends IntegrationTest {

	private static final int MAX_STATEMENTS = 5;

	private static final int EXTRA_SUMMITS = 60;

	/** The seeded summits with a place: V6's 14 and V110's two of 2026. */
	private static final int SEEDED_PLACES = 16;

	@AfterEach
	void removeTestSummits() {
		this.jdbc.update("delete from summit where slug like 'test-map-%' and parent_id is not null");
		this.jdbc.update("delete from summit where slug like 'test-map-%'");
		this.jdbc.update("delete from nation where slug like 'test-map-%'");
	}

	@Test
	void astanaAndWashingtonHaveMarkersLinkingToTheirSummitsWithNameHostAndDates() {
		Document map = get("/map").html();

		Element astana = marker(map, "sco-2024-astana");
		assertThat(astana.selectFirst("title").text())
			.isEqualTo("SCO Summit 2024 · Astana, Kazakhstan · 3–4 July 2024");
		assertThat(astana.attr("aria-labelledby")).isEqualTo(astana.selectFirst("title").id());
		assertThat(astana.select("text.marker-label").text()).contains("SCO Summit 2024", "Astana, Kazakhstan");

		Element washington = marker(map, "nato-2024-washington");
		assertThat(washington.selectFirst("title").text())
			.isEqualTo("NATO Summit 2024 · Washington, D.C., United States · 9–11 July 2024");
		// equirectangular: x = longitude + 180, y = 90 - latitude (38.90 N, 77.04 W)
		assertThat(washington.selectFirst("circle").attr("cx")).isEqualTo("102.96");
		assertThat(washington.selectFirst("circle").attr("cy")).isEqualTo("51.10");
		assertThat(map.select("svg.world-map-svg a.marker")).hasSize(SEEDED_PLACES);
	}

	@Test
	void summitsAtTheSamePlaceGetMarkersOfTheirOwnAroundIt() {
		Document map = get("/map").html();

		var astana = java.util.stream.Stream.of("sco-2024-astana", "xi-putin-2024-astana", "erdogan-putin-2024-astana")
			.map((slug) -> marker(map, slug).selectFirst("circle"))
			.map((circle) -> circle.attr("cx") + "," + circle.attr("cy"))
			.toList();

		assertThat(astana).doesNotHaveDuplicates();
		for (String point : astana) {
			String[] xy = point.split(",");
			assertThat(Math.hypot(Double.parseDouble(xy[0]) - 251.43, Double.parseDouble(xy[1]) - 38.83))
				.as("a marker of Astana stays in Kazakhstan, within 1.5 degrees of the city")
				.isLessThan(1.5);
		}
	}

	@Test
	void theOutlineIsBundledWithTheAppAndTheMarkersShowTheirLabelOnFocus() throws Exception {
		Document map = get("/map").html();
		String outline = map.select("svg.world-map-svg image").attr("href");
		String stylesheet = map.select("link[href*=/map/map]").attr("href");

		assertThat(outline).startsWith("/assets/map/world").endsWith(".svg");
		HttpResponse<String> svg = fetch(outline);
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
		assertThat(svg.body()).contains("Natural Earth", "public domain", "viewBox=\"0 0 360 180\"");
		assertThat(svg.body().length()).isLessThan(300_000);
		HttpResponse<String> css = fetch(stylesheet);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains(".marker:focus .marker-label", ".marker:hover circle");
	}

	@Test
	void theFilterByOrganizationAndYearIsInTheUrlAndIncludesMeetingsOnTheSidelines() {
		Document nato = get("/map?organization=nato").html();
		assertThat(markerSlugs(nato)).containsExactly("nato-2023-vilnius", "nato-2024-washington",
				"nato-2025-the-hague", "nato-2026-ankara");
		assertThat(nato.select("#organization option[selected]").text()).isEqualTo("NATO");

		Document sco2024 = get("/map?organization=sco&year=2024").html();
		assertThat(markerSlugs(sco2024)).containsExactlyInAnyOrder("sco-2024-astana", "xi-putin-2024-astana",
				"erdogan-putin-2024-astana");
		assertThat(sco2024.select("#year option[selected]").text()).isEqualTo("2024");
		assertThat(sco2024.select("table.map-places tbody tr")).hasSize(3);

		Document none = get("/map?organization=g7&year=2021").html();
		assertThat(none.select("a.marker")).isEmpty();
		assertThat(none.select("figcaption").text()).contains("No summit or meeting in this selection");
	}

	@Test
	void theTableUnderTheMapListsTheSamePlaces() {
		Page map = get("/map");

		Element astana = map.row("table.map-places tbody tr", "SCO Summit 2024");
		assertThat(astana.select("td, th").eachText()).hasSize(6)
			.satisfies((cells) -> assertThat(cells.get(2)).endsWith("Kazakhstan, Astana"))
			.containsSubsequence("3–4 July 2024", "SCO Summit 2024 Summit")
			.endsWith("SCO", "51.17", "71.43");
		assertThat(astana.select("a[href=/summits/sco-2024-astana]")).hasSize(1);
		Element washington = map.row("table.map-places tbody tr", "NATO Summit 2024");
		assertThat(washington.text()).contains("United States", "Washington, D.C.", "NATO", "38.9", "-77.04");
		assertThat(map.html().select("table.map-places caption").text()).isNotBlank();
		assertThat(map.html().select("table.map-places tbody tr")).hasSize(SEEDED_PLACES);
	}

	@Test
	void summitsWithoutAPlaceAreNamedUnderTheMap() {
		insertSummits(1, false);

		Document map = get("/map").html();

		assertThat(map.select(".unplaced").text()).contains("One summit or meeting in this selection has no place",
				"Test map summit 1");
		assertThat(map.select("a.marker[href=/summits/test-map-unplaced-1]")).isEmpty();
	}

	@Test
	void theMapIssuesTheSameFewStatementsWithManyMoreSummits() {
		long before = countedAfterAWrite("/map").statements();
		long filteredBefore = countedAfterAWrite("/map?organization=sco&year=2024").statements();
		insertSummits(EXTRA_SUMMITS, true);
		insertSummits(EXTRA_SUMMITS / 2, false);
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, parent_id, host_nation_id, city, latitude, longitude, start_date, end_date, status)
					select 'test-map-meeting-' || g, 'Test map meeting ' || g, 'BILATERAL_MEETING', s.id, s.host_nation_id,
					       'Astana', 51.17, 71.43, s.start_date, s.start_date, 'HELD'
					from generate_series(1, 10) g, summit s where s.slug = 'sco-2024-astana'""");

		Counted after = countedAfterAWrite("/map");
		Counted filtered = countedAfterAWrite("/map?organization=sco&year=2024");

		assertThat(after.page().status()).isEqualTo(200);
		assertThat(after.page().html().select("a.marker")).hasSize(SEEDED_PLACES + EXTRA_SUMMITS + 10);
		assertThat(after.page().html().select("table.map-places tbody tr")).hasSize(SEEDED_PLACES + EXTRA_SUMMITS + 10);
		assertThat(after.statements()).isEqualTo(before).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(filtered.page().html().select("a.marker")).hasSize(3 + 10);
		assertThat(filtered.statements()).isEqualTo(filteredBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void theMapShowsTheNewestPlacesAtMostAndSaysHowManyMore() {
		long before = countedAfterAWrite("/map").statements();
		insertSummits(WorldMap.MARKERS + 20, true);
		insertSummits(WorldMap.UNPLACED + 10, false);

		Counted after = countedAfterAWrite("/map");
		Document map = after.page().html();

		assertThat(map.select("a.marker")).hasSize(WorldMap.MARKERS);
		assertThat(map.select("table.map-places tbody tr")).hasSize(WorldMap.MARKERS);
		assertThat(map.select(".unplaced li")).hasSize(WorldMap.UNPLACED);
		// the newest are kept: the seed's summits of 2021-2026, not the oldest test ones
		// of 1990
		assertThat(map.select("a.marker[href=/summits/sco-2024-astana]")).hasSize(1);
		assertThat(map.select("a.marker[href=/summits/test-map-1]")).isEmpty();
		assertThat(map.select(".map-capped").text()).contains(
				"newest " + WorldMap.MARKERS + " of the " + (SEEDED_PLACES + WorldMap.MARKERS + 20) + " summits",
				(WorldMap.UNPLACED + 10) + " have none");
		assertThat(after.statements()).isEqualTo(before);
	}

	@Test
	void aPlaceWhoseNamesNeedEscapingIsShownAsWrittenAndANationWithoutAnIsoCodeHasNoFlag() {
		this.jdbc.update("insert into nation (slug, name) values ('test-map-old-state', 'Old <State> & Co')");
		this.jdbc.update("""
				insert into summit (slug, name, kind, organization_id, host_nation_id, city, latitude, longitude,
				                    start_date, end_date, status)
				select 'test-map-escaped', 'Test <b>map</b> "summit" & O''Neill', 'ORGANIZATION_SUMMIT', o.id, n.id,
				       'Town <i>', 10.5, 20.25, date '2026-11-01', date '2026-11-02', 'HELD'
				from organization o, nation n where o.acronym = 'G7' and n.slug = 'test-map-old-state'""");

		Document map = get("/map").html();

		String name = "Test <b>map</b> \"summit\" & O'Neill";
		Element marker = marker(map, "test-map-escaped");
		assertThat(marker.selectFirst("title").text())
			.isEqualTo(name + " · Town <i>, Old <State> & Co · 1–2 November 2026");
		assertThat(marker.select("tspan").eachText()).containsExactly(name,
				"Town <i>, Old <State> & Co · 1–2 November 2026");
		assertThat(marker.selectFirst("circle").attr("cx")).isEqualTo("200.25");
		assertThat(marker.selectFirst("circle").attr("cy")).isEqualTo("79.50");
		assertThat(map.select("svg.world-map-svg b, svg.world-map-svg i, table.map-places b, table.map-places i"))
			.isEmpty();
		Element row = map.selectFirst("table.map-places tbody tr:has(a[href=/summits/test-map-escaped])");
		assertThat(row).isNotNull();
		assertThat(row.select("td, th").eachText()).containsExactly("1–2 November 2026", name + " Summit",
				"Old <State> & Co, Town <i>", "G7", "10.5", "20.25");
		assertThat(row.select("a[href=/nations/test-map-old-state]").text()).isEqualTo("Old <State> & Co");
		assertThat(row.select("img")).as("no flag, rather than a broken image, without an ISO code").isEmpty();
		assertThat(map.select("img[src$=/.svg]")).isEmpty();
		Element kazakhstan = map.selectFirst("table.map-places tbody tr:has(a[href=/summits/sco-2024-astana]) img");
		assertThat(kazakhstan).isNotNull();
		assertThat(kazakhstan.attr("src")).startsWith("/webjars/flag-icons/")
			.contains("/flags/4x3/kz")
			.endsWith(".svg");
		assertThat(kazakhstan.attr("alt")).isEqualTo("Kazakhstan");
	}

	@Test
	void theSelectionsCountsAreKeptUntilTheNextWrite() {
		insertSummits(WorldMap.MARKERS + 5, true);
		Counted first = countedAfterAWrite("/map");
		Counted again = getCounting("/map");
		Counted otherSelection = getCounting("/map?organization=g7");

		assertThat(again.statements()).isEqualTo(first.statements() - 1);
		assertThat(again.page().html().select(".map-capped").text())
			.isEqualTo(first.page().html().select(".map-capped").text())
			.contains("of the " + (SEEDED_PLACES + WorldMap.MARKERS + 5) + " summits");
		assertThat(otherSelection.statements()).isEqualTo(first.statements());

		insertSummits(1, false);
		Counted afterTheWrite = getCounting("/map");
		assertThat(afterTheWrite.statements()).isEqualTo(first.statements());
		assertThat(first.page().html().select(".unplaced")).isEmpty();
		assertThat(afterTheWrite.page().html().select(".unplaced p").text())
			.startsWith("One summit or meeting in this selection has no place");
	}

	@Test
	void theSummitListLinksToTheMapWithItsFilters() {
		Document list = get("/summits?organization=sco&year=2024").html();

		assertThat(list.select("#content a[href^=/map]").attr("href")).isEqualTo("/map?organization=sco&year=2024");
	}

	@Test
	void theSummitFormTakesCoordinatesAndTheMapShowsTheSummit() {
		WebSession editor = signedIn(Role.EDITOR);

		Response saved = editor.submit(editor.get("/admin/summits/new"), "form.record-form", summit("42.87", "74.59"));

		assertThat(saved.redirectsTo("/summits/test-map-bishkek")).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select latitude || ' ' || longitude from summit where slug = 'test-map-bishkek'", String.class))
			.isEqualTo("42.87000 74.59000");
		Element marker = marker(get("/map").html(), "test-map-bishkek");
		assertThat(marker.selectFirst("title").text()).contains("Test map summit", "Bishkek, Kyrgyzstan");
		long id = this.jdbc.queryForObject("select id from summit where slug = 'test-map-bishkek'", Long.class);
		var form = editor.get("/admin/summits/" + id + "/edit").html();
		assertThat(form.select("#latitude").val()).isEqualTo("42.87");
		assertThat(form.select("#longitude").val()).isEqualTo("74.59");

		Response cleared = editor.submit(editor.get("/admin/summits/" + id + "/edit"), "form.record-form",
				fields("latitude", "", "longitude", ""));
		assertThat(cleared.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from summit where id = ? and latitude is null", Long.class,
				id))
			.isOne();
	}

	@Test
	void theSummitFormRefusesHalfAPlaceNextToTheMissingFieldAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/summits/new"), "form.record-form", summit("42.87", ""));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#longitude-error").text()).isEqualTo("Enter both latitude and longitude, or neither.");
		assertThat(html.select("#longitude").attr("aria-describedby")).contains("longitude-error");
		assertThat(html.select("#latitude-error")).isEmpty();
		assertThat(html.select("#latitude").val()).isEqualTo("42.87");
		assertThat(html.select("#latitude-hint").text()).contains("Decimal degrees");
		assertThat(this.jdbc.queryForObject("select count(*) from summit where slug like 'test-map-%'", Long.class))
			.isZero();
	}

	@Test
	void theSummitFormRefusesCoordinatesOutOfRangeOrNotANumber() {
		WebSession editor = signedIn(Role.EDITOR);

		Response outOfRange = editor.submit(editor.get("/admin/summits/new"), "form.record-form",
				summit("95", "-181.5"));
		Response notANumber = editor.submit(editor.get("/admin/summits/new"), "form.record-form",
				summit("north", "74.59"));

		assertThat(outOfRange.status()).isEqualTo(200);
		assertThat(outOfRange.page().html().select("#latitude-error").text())
			.isEqualTo("Enter a latitude between -90 and 90.");
		assertThat(outOfRange.page().html().select("#longitude-error").text())
			.isEqualTo("Enter a longitude between -180 and 180.");
		assertThat(outOfRange.page().html().select("#latitude").val()).isEqualTo("95");
		assertThat(notANumber.page().html().select("#latitude-error").text())
			.isEqualTo("Enter the latitude as a number of degrees, such as 51.17.");
		assertThat(notANumber.page().html().select("#latitude").val()).isEqualTo("north");
		assertThat(notANumber.page().html().select("#longitude-error")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from summit where slug like 'test-map-%'", Long.class))
			.isZero();
	}

	@Test
	void theDatabaseRefusesHalfAPlaceOrOneOffTheGlobe() {
		insertSummits(1, false);

		for (String change : new String[] { "latitude = 10", "latitude = 91, longitude = 0",
				"latitude = 0, longitude = 180.5" }) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(
						() -> this.jdbc.update("update summit set " + change + " where slug = 'test-map-unplaced-1'"))
				.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		}
	}

	private java.util.Map<String, String> summit(String latitude, String longitude) {
		String kyrgyzstan = String
			.valueOf(this.jdbc.queryForObject("select id from nation where iso_alpha2 = 'KG'", Long.class));
		return fields("name", "Test map summit", "slug", "test-map-bishkek", "kind", "MULTILATERAL_MEETING",
				"startDate", "2026-08-31", "endDate", "2026-09-01", "status", "PLANNED", "hostNation", kyrgyzstan,
				"city", "Bishkek", "latitude", latitude, "longitude", longitude);
	}

	private void insertSummits(int count, boolean located) {
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, organization_id, host_nation_id, city, latitude, longitude,
					                    start_date, end_date, status)
					select 'test-map-' || case when ? then '' else 'unplaced-' end || g, 'Test map summit ' || g,
					       'ORGANIZATION_SUMMIT', o.id, n.id, 'Bishkek',
					       case when ? then -60 + g % 120 end, case when ? then -170 + (g * 7) % 340 end,
					       date '1990-01-01' + g, date '1990-01-01' + g, 'HELD'
					from generate_series(1, ?) g, organization o, nation n where o.acronym = 'G7' and n.iso_alpha2 = 'KG'""",
					located, located, located, count);
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static Element marker(Document map, String slug) {
		Element marker = map.selectFirst("svg.world-map-svg a.marker[href=/summits/" + slug + "]");
		assertThat(marker).as("marker for " + slug).isNotNull();
		return marker;
	}

	private static java.util.List<String> markerSlugs(Document map) {
		return map.select("a.marker").eachAttr("href").stream().map((href) -> href.replace("/summits/", "")).toList();
	}

}
