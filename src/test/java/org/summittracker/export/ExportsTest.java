package org.summittracker.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.summittracker.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list and record page downloads as CSV and JSON that standard parsers read, with
 * the documented columns, the page's filters, a file name, and a constant handful of SQL
 * statements whatever the number of rows.
 */
class ExportsTest extends IntegrationTest {

	private static final int MAX_STATEMENTS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ExportRepository rows;

	@Autowired
	Exports exports;

	@Autowired
	ExportJson exportJson;

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from summit where slug like 'test-export-%'");
	}

	@Test
	void theAstanaAttendanceCsvHasJaishankarSentInsteadOfModi() {
		Page page = get("/summits/sco-2024-astana.csv");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).isEqualTo("text/csv;charset=UTF-8");
		List<CSVRecord> rows = csv(page.body());
		CSVRecord jaishankar = rows.stream()
			.filter((r) -> r.get("person_name").equals("S. Jaishankar"))
			.findFirst()
			.orElseThrow();
		assertThat(jaishankar.get("instead_of_name")).isEqualTo("Narendra Modi");
		assertThat(jaishankar.get("instead_of_slug")).isEqualTo("narendra-modi");
		assertThat(jaishankar.get("nation_name")).isEqualTo("India");
		assertThat(jaishankar.get("capacity")).isEqualTo("MINISTER");
		assertThat(jaishankar.get("office_title")).isEqualTo("Minister of External Affairs of India");
		assertThat(jaishankar.get("status")).isEqualTo("ATTENDED");
		assertThat(jaishankar.get("summit_start_date")).isEqualTo("2024-07-03");
		assertThat(rows).extracting((r) -> r.get("summit_slug")).containsOnly("sco-2024-astana");
	}

	@Test
	void downloadsAreNamedAttachments() {
		WebSession.Response csv = anonymous().fetch("/summits/sco-2024-astana.csv");
		WebSession.Response json = anonymous().fetch("/nations/turkey.json");

		assertThat(csv.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"sco-2024-astana-attendance.csv\"");
		assertThat(json.header("Content-Disposition")).isEqualTo("attachment; filename=\"turkey.json\"");
		assertThat(json.header("Content-Type")).startsWith("application/json");
	}

	@Test
	void csvColumnsAreTheDocumentedOnesInOrder() {
		assertThat(header("/summits.csv")).containsExactly("slug", "name", "kind", "organization_slug",
				"organization_acronym", "parent_slug", "host_nation_slug", "host_nation", "city", "venue", "start_date",
				"end_date", "status", "description", "wikidata_id");
		assertThat(header("/summits/sco-2024-astana.csv")).containsExactly("summit_slug", "summit_name",
				"summit_start_date", "summit_end_date", "person_slug", "person_name", "nation_slug", "nation_name",
				"organization_slug", "organization_acronym", "capacity", "office_title", "standing", "status",
				"instead_of_slug", "instead_of_name", "note");
		assertThat(header("/leaders.csv")).containsExactly("slug", "name", "sort_name", "birth_date", "wikidata_id",
				"nationality_slug", "nationality", "current_offices");
		assertThat(header("/nations.csv")).containsExactly("slug", "name", "official_name", "iso_alpha2", "iso_alpha3",
				"iso_numeric", "wikidata_id", "current_memberships");
		assertThat(header("/organizations.csv")).containsExactly("slug", "acronym", "name", "kind", "founded",
				"description", "wikidata_id", "members", "acceding", "observers", "dialogue_partners");
		assertThat(header("/organizations/sco.csv")).containsExactly("nation_slug", "nation_name", "organization_slug",
				"organization_acronym", "standing", "start_date", "end_date", "note");
		assertThat(header("/nations/turkey/memberships.csv")).isEqualTo(header("/organizations/sco.csv"));
		assertThat(header("/nations/turkey/representations.csv")).isEqualTo(header("/summits/sco-2024-astana.csv"));
		assertThat(header("/leaders/narendra-modi.csv")).isEqualTo(header("/summits/sco-2024-astana.csv"));
	}

	@Test
	void theSummitListExportKeepsThePagesFilters() {
		List<CSVRecord> rows = csv(get("/summits.csv?organization=sco&year=2024").body());
		JsonNode json = json(get("/summits.json?kind=BILATERAL_MEETING").body());

		assertThat(rows).extracting((r) -> r.get("slug")).containsExactly("sco-2024-astana");
		assertThat(json.size()).isPositive();
		json.forEach((summit) -> assertThat(summit.get("kind").asString()).isEqualTo("BILATERAL_MEETING"));
		assertThat(json.findValuesAsString("slug")).contains("erdogan-putin-2024-astana", "biden-erdogan-2024-fasano")
			.doesNotContain("sco-2024-astana");
	}

	@Test
	void theLeaderListExportFiltersByNationAndNamesCurrentOffices() {
		List<CSVRecord> rows = csv(get("/leaders.csv?nation=india").body());

		assertThat(rows).extracting((r) -> r.get("nationality")).containsOnly("India");
		CSVRecord jaishankar = rows.stream()
			.filter((r) -> r.get("slug").equals("s-jaishankar"))
			.findFirst()
			.orElseThrow();
		assertThat(jaishankar.get("current_offices")).contains("External Affairs");
	}

	@Test
	void aRecordPagesJsonHoldsTheRecordAndItsTables() {
		JsonNode turkey = json(get("/nations/turkey.json").body());
		JsonNode erdogan = json(get("/leaders/recep-tayyip-erdogan.json").body());
		JsonNode sco = json(get("/organizations/sco.json").body());
		JsonNode astana = json(get("/summits/sco-2024-astana.json").body());

		assertThat(turkey.get("nation").get("iso_alpha2").asString()).isEqualTo("TR");
		assertThat(turkey.get("nation").get("current_memberships").asString()).contains("NATO:MEMBER",
				"SCO:DIALOGUE_PARTNER");
		assertThat(turkey.get("memberships").findValuesAsString("organization_acronym")).contains("NATO", "SCO");
		assertThat(turkey.get("representations").findValuesAsString("summit_slug")).contains("sco-2024-astana",
				"nato-2024-washington");
		assertThat(erdogan.get("appearances").findValuesAsString("summit_slug")).contains("sco-2024-astana",
				"nato-2024-washington");
		JsonNode belarus = member(sco.get("memberships"), "belarus", "MEMBER");
		assertThat(belarus.get("start_date").asString()).isEqualTo("2024-07-04");
		assertThat(member(sco.get("memberships"), "turkey", "DIALOGUE_PARTNER").get("start_date").asString())
			.isEqualTo("2012");
		assertThat(sco.get("organization").get("members").asLong()).isEqualTo(10);
		assertThat(astana.get("summit").get("start_date").asString()).isEqualTo("2024-07-03");
		assertThat(astana.get("attendance").findValuesAsString("person_slug")).contains("s-jaishankar");
	}

	@Test
	void exportingAMissingRecordIsNotFound() {
		assertThat(get("/summits/no-such-summit.csv").status()).isEqualTo(404);
		assertThat(get("/leaders/no-such-leader.json").status()).isEqualTo(404);
		assertThat(get("/nations/no-such-nation/memberships.csv").status()).isEqualTo(404);
		assertThat(get("/organizations/no-such-organization.json").status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/summits.csv", "/summits.csv?organization=sco&year=2024", "/summits/sco-2024-astana.csv",
			"/leaders.csv", "/leaders.csv?nation=india", "/leaders/recep-tayyip-erdogan.csv", "/nations.csv",
			"/nations/turkey/memberships.csv", "/nations/turkey/representations.csv", "/organizations.csv",
			"/organizations/sco.csv" })
	void everyCsvExportParsesInAtMostFiveStatements(String path) {
		Counted counted = getCounting(path);

		assertThat(counted.page().status()).isEqualTo(200);
		assertThat(csv(counted.page().body())).isNotEmpty();
		assertThat(counted.statements()).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/summits.json", "/summits/sco-2024-astana.json", "/leaders.json",
			"/leaders/recep-tayyip-erdogan.json", "/nations.json", "/nations/turkey.json", "/organizations.json",
			"/organizations/sco.json" })
	void everyJsonExportParsesInAtMostFiveStatements(String path) {
		Counted counted = getCounting(path);

		assertThat(counted.page().status()).isEqualTo(200);
		assertThat(json(counted.page().body()).isEmpty()).isFalse();
		assertThat(counted.statements()).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void theStreamedListsAreTheListsBuiltInMemoryBefore() {
		List<SummitRow> summits = this.rows.findSummits("", 0, Exports.kinds(null), Pageable.unpaged()).getContent();
		List<PersonRow> leaders = this.exports
			.withCurrentOffices(this.rows.findLeaders("", Pageable.unpaged()).getContent());
		List<PersonRow> chinese = this.exports
			.withCurrentOffices(this.rows.findLeaders("china", Pageable.unpaged()).getContent());

		assertThat(lines(get("/summits.csv").body()))
			.containsExactlyElementsOf(lines(CsvTables.write(Table.of(SummitRow.class, summits))));
		assertThat(get("/summits.json").body()).isEqualTo(this.exportJson.write(summits));
		assertThat(lines(get("/leaders.csv").body()))
			.containsExactlyElementsOf(lines(CsvTables.write(Table.of(PersonRow.class, leaders))));
		assertThat(get("/leaders.json?nation=china").body()).isEqualTo(this.exportJson.write(chinese));
		assertThat(leaders).anySatisfy((l) -> assertThat(l.currentOffices()).isNotBlank());
	}

	@Test
	void theStreamedRecordExportsAreTheOnesBuiltInMemoryBefore() {
		Map<String, Object> turkey = new LinkedHashMap<>();
		turkey.put("nation", this.exports.nation("turkey").record());
		turkey.put("memberships", this.rows.findMembershipsOfNation("turkey"));
		turkey.put("representations", this.rows.findRepresentationsOf("turkey"));
		List<AttendanceRow> modi = this.rows.findAppearancesOf("narendra-modi");

		assertThat(get("/nations/turkey.json").body()).isEqualTo(this.exportJson.write(turkey));
		assertThat(lines(get("/nations/turkey/representations.csv").body())).containsExactlyElementsOf(
				lines(CsvTables.write(Table.of(AttendanceRow.class, this.rows.findRepresentationsOf("turkey")))));
		assertThat(lines(get("/leaders/narendra-modi.csv").body()))
			.containsExactlyElementsOf(lines(CsvTables.write(Table.of(AttendanceRow.class, modi))))
			.hasSize(modi.size() + 2);
		assertThat(modi).isNotEmpty();
	}

	@Test
	void exportsIssueTheSameStatementsWithManyMoreSummits() {
		long listBefore = getCounting("/summits.csv").statements();
		long organizationBefore = getCounting("/organizations/sco.json").statements();
		this.jdbc.update("""
				insert into summit (slug, name, kind, organization_id, start_date, end_date, status)
				select 'test-export-' || g, 'Test summit ' || g, 'ORGANIZATION_SUMMIT', o.id,
				       date '1990-01-01' + g, date '1990-01-01' + g, 'HELD'
				from generate_series(1, 80) g, organization o where o.acronym = 'SCO'""");

		Counted list = getCounting("/summits.csv");
		Counted organization = getCounting("/organizations/sco.json");

		assertThat(csv(list.page().body())).filteredOn((r) -> r.get("slug").startsWith("test-export-")).hasSize(80);
		assertThat(list.statements()).isEqualTo(listBefore);
		assertThat(organization.statements()).isEqualTo(organizationBefore);
	}

	@Test
	void pagesLinkTheirDownloadsKeepingTheirFilters() {
		Page summits = get("/summits?organization=sco&year=2024&page=1");
		Page nation = get("/nations/turkey");
		Page organization = get("/organizations/sco");

		assertThat(summits.html().select(".downloads a").eachAttr("href")).containsExactly(
				"/summits.csv?organization=sco&year=2024", "/summits.json?organization=sco&year=2024", "/summits.ics");
		assertThat(nation.html().select(".downloads a").eachAttr("href")).containsExactly(
				"/nations/turkey/memberships.csv", "/nations/turkey/representations.csv", "/nations/turkey.json");
		assertThat(organization.html().select(".downloads a").eachAttr("href"))
			.containsExactly("/organizations/sco.csv", "/organizations/sco.json", "/organizations/sco/summits.ics");
		for (String path : List.of("/leaders", "/leaders/narendra-modi", "/nations", "/organizations",
				"/summits/sco-2024-astana")) {
			assertThat(get(path).html().select(".downloads a").eachAttr("href")).containsExactly(path + ".csv",
					path + ".json");
		}
	}

	private static JsonNode member(JsonNode memberships, String nation, String standing) {
		for (JsonNode m : memberships) {
			if (m.get("nation_slug").asString().equals(nation) && m.get("standing").asString().equals(standing)) {
				return m;
			}
		}
		throw new AssertionError("No " + standing + " membership of " + nation);
	}

	private List<String> header(String path) {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(get(path).body()))) {
			return parser.getHeaderNames();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> lines(String csv) {
		return List.of(csv.split("\r\n", -1));
	}

	static List<CSVRecord> csv(String body) {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body))) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
