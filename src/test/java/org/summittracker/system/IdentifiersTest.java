package org.summittracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/**
 * The identifiers that join records with other data (issue 9): Wikidata ids on nations,
 * organizations, people and summits, ISO 3166-1 numeric codes on nations, birth dates of
 * people. Edited in the admin forms, refused when malformed or taken, shown on the public
 * pages and carried by every export; the seeded ones are spot-checked with their
 * citations.
 */
class IdentifiersTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@AfterEach
	void removeTestRecords() {
		this.jdbc.update("delete from summit where slug like 'test-ids-%'");
		this.jdbc.update("delete from person where slug like 'test-ids-%'");
		this.jdbc.update("delete from organization where slug like 'test-ids-%'");
		this.jdbc.update("delete from nation where slug like 'test-ids-%'");
	}

	/**
	 * For each record kind: a malformed id is shown next to its field with the input
	 * kept; a valid one is saved and linked to wikidata.org on the public page; the same
	 * id on a second record of the kind comes back from the database's unique key onto
	 * the field.
	 */
	@ParameterizedTest
	@CsvSource({ "nation, /admin/nations, /nations, Another nation already has this Wikidata id.",
			"organization, /admin/organizations, /organizations, Another organization already has this Wikidata id.",
			"person, /admin/leaders, /leaders, Another person already has this Wikidata id.",
			"summit, /admin/summits, /summits, Another summit already has this Wikidata id." })
	void aWikidataIdIsEditedCheckedShownAndKeptUnique(String table, String admin, String pages, String taken) {
		long first = create(table, 1);
		long second = create(table, 2);
		WebSession editor = signedIn(Role.EDITOR);

		Response malformed = editor.submit(editor.get(admin + "/" + first + "/edit"), "form.record-form",
				fields("wikidataId", "Q0123"));
		Response saved = editor.submit(editor.get(admin + "/" + first + "/edit"), "form.record-form",
				fields("wikidataId", "Q987654321"));
		Response twice = editor.submit(editor.get(admin + "/" + second + "/edit"), "form.record-form",
				fields("wikidataId", "Q987654321"));

		assertThat(malformed.status()).isEqualTo(200);
		assertThat(malformed.page().html().select("#wikidataId-error").text()).startsWith("A Wikidata id is Q");
		assertThat(malformed.page().html().select("#wikidataId").val()).isEqualTo("Q0123");
		assertThat(malformed.page().html().select("#wikidataId").attr("aria-describedby")).contains("wikidataId-error");
		assertThat(saved.redirectsTo(pages + "/test-ids-" + table + "-1")).isTrue();
		assertThat(this.jdbc.queryForObject("select wikidata_id from " + table + " where id = ?", String.class, first))
			.isEqualTo("Q987654321");
		var link = editor.get(pages + "/test-ids-" + table + "-1").html().select(".identifiers a");
		assertThat(link.attr("href")).isEqualTo("https://www.wikidata.org/wiki/Q987654321");
		assertThat(link.text()).isEqualTo("Q987654321");
		assertThat(editor.get(admin + "/" + first + "/edit").html().select("#wikidataId").val())
			.isEqualTo("Q987654321");
		assertThat(twice.status()).isEqualTo(200);
		assertThat(twice.page().html().select("#wikidataId-error").text()).isEqualTo(taken);
		assertThat(twice.page().html().select("#wikidataId").val()).isEqualTo("Q987654321");
		assertThat(this.jdbc.queryForObject("select wikidata_id from " + table + " where id = ?", String.class, second))
			.isNull();
	}

	@Test
	void aNationsNumericCodeIsThreeDigitsItsOwnAndItsWikidataIdIsTakenInUpperCase() {
		long nation = create("nation", 1);
		WebSession editor = signedIn(Role.EDITOR);

		Response malformed = editor.submit(editor.get("/admin/nations/" + nation + "/edit"), "form.record-form",
				fields("isoNumeric", "79", "wikidataId", "43"));
		Response turkeys = editor.submit(editor.get("/admin/nations/" + nation + "/edit"), "form.record-form",
				fields("isoNumeric", "792"));
		Response saved = editor.submit(editor.get("/admin/nations/" + nation + "/edit"), "form.record-form",
				fields("isoNumeric", "901", "wikidataId", " q987654321 "));

		var errors = malformed.page().html();
		assertThat(errors.select("#isoNumeric-error").text())
			.isEqualTo("Use the three-digit ISO 3166-1 numeric code, e.g. 792.");
		assertThat(errors.select("#wikidataId-error").text()).startsWith("A Wikidata id is Q");
		assertThat(errors.select("#isoNumeric").val()).isEqualTo("79");
		assertThat(turkeys.page().html().select("#isoNumeric-error").text())
			.isEqualTo("Another nation already has this numeric code.");
		assertThat(saved.redirectsTo("/nations/test-ids-nation-1")).isTrue();
		assertThat(this.jdbc.queryForObject("select iso_numeric || ' ' || wikidata_id from nation where id = ?",
				String.class, nation))
			.isEqualTo("901 Q987654321");
		assertThat(editor.get("/nations/test-ids-nation-1").html().select("code.iso-numeric").text()).isEqualTo("901");
	}

	@Test
	void theDatabaseRefusesMalformedIdentifiersWrittenAroundTheForms() {
		for (String statement : List.of("update nation set iso_numeric = '7a2' where iso_alpha2 = 'TR'",
				"update nation set wikidata_id = 'q43' where iso_alpha2 = 'TR'",
				"update person set wikidata_id = 'Q' where slug = 'xi-jinping'",
				"update summit set wikidata_id = 'Q01' where slug = 'sco-2024-astana'",
				"update organization set wikidata_id = 'P31' where acronym = 'SCO'")) {
			assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
					org.springframework.dao.DataIntegrityViolationException.class, () -> this.jdbc.update(statement)))
				.as(statement)
				.isNotNull();
		}
	}

	@Test
	void everyExportCarriesTheIdentifiers() {
		JsonNode turkey = json(get("/nations/turkey.json").body()).get("nation");
		JsonNode api = api("/api/nations/turkey").get("nation");
		JsonNode xi = api("/api/leaders/xi-jinping").get("leader");
		String nations = get("/nations.csv").body();
		String leaders = get("/leaders.csv").body();
		JsonNode openapi = api("/api/openapi.json");
		JsonNode popolo = json(get("/data/popolo.json").body());

		assertThat(turkey.get("iso_numeric").asString()).isEqualTo("792");
		assertThat(turkey.get("wikidata_id").asString()).isEqualTo("Q43");
		assertThat(api.get("isoNumeric").asString()).isEqualTo("792");
		assertThat(api.get("wikidataId").asString()).isEqualTo("Q43");
		assertThat(xi.get("birthDate").asString()).isEqualTo("1953-06-15");
		assertThat(nations).contains("turkey,Turkey,Republic of Türkiye,TR,TUR,792,Q43,");
		assertThat(leaders).contains("xi-jinping,Xi Jinping,").contains(",1953-06-15,");
		for (String schema : List.of("Nation/properties/isoNumeric", "Nation/properties/wikidataId",
				"Leader/properties/wikidataId", "Organization/properties/wikidataId", "Summit/properties/wikidataId")) {
			assertThat(openapi.at("/components/schemas/" + schema).isMissingNode()).as(schema).isFalse();
		}
		JsonNode popoloTurkey = find(popolo.get("organizations"), "nation/turkey");
		assertThat(popoloTurkey.get("identifiers").get(0).get("scheme").asString()).isEqualTo("wikidata");
		assertThat(popoloTurkey.get("identifiers").get(0).get("identifier").asString()).isEqualTo("Q43");
		assertThat(popoloTurkey.get("identifiers").findValuesAsString("identifier")).contains("TR", "TUR", "792");
		JsonNode popoloXi = find(popolo.get("persons"), "person/xi-jinping");
		assertThat(popoloXi.get("birth_date").asString()).isEqualTo("1953-06-15");
	}

	@Test
	void anIdentifierSavedInTheFormReachesPopoloAsAWikidataIdentifier() {
		long person = create("person", 1);
		WebSession editor = signedIn(Role.EDITOR);
		editor.submit(editor.get("/admin/leaders/" + person + "/edit"), "form.record-form",
				fields("wikidataId", "Q987654321", "birthDate", "1961-08-04"));

		JsonNode popolo = json(get("/data/popolo.json").body());
		JsonNode saved = find(popolo.get("persons"), "person/test-ids-person-1");

		assertThat(saved.get("birth_date").asString()).isEqualTo("1961-08-04");
		assertThat(saved.get("identifiers").get(0).get("scheme").asString()).isEqualTo("wikidata");
		assertThat(saved.get("identifiers").get(0).get("identifier").asString()).isEqualTo("Q987654321");
		assertThat(saved.get("identifiers").findValuesAsString("scheme")).contains("summit-tracker");
	}

	/**
	 * The seed: every nation has both codes, each with a citation of the table it came
	 * from; the birth dates seeded cite the page that gives them.
	 */
	@Test
	void theSeededIdentifiersAreCompleteForNationsAndCited() {
		assertThat(this.jdbc
			.queryForObject("select count(*) from nation where iso_numeric is null or wikidata_id is null", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForList("select iso_numeric || ' ' || wikidata_id from nation where iso_alpha2 in "
				+ "('IN', 'CN', 'RU', 'US', 'NL', 'KZ') order by iso_alpha2", String.class))
			.containsExactly("156 Q148", "356 Q668", "398 Q232", "528 Q29999", "643 Q159", "840 Q30");
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from nation n
						where (select count(*) from citation c join source s on s.id = c.source_id
						       where c.nation_id = n.id and s.url like 'https://github.com/%'
						         and (c.quote like '%,' || n.iso_numeric or c.quote like '%/entity/' || n.wikidata_id || ',%')) < 2
						""",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForList("""
				select p.slug || ' ' || p.birth_date from person p
				where p.birth_date is not null
				  and exists (select 1 from citation c where c.person_id = p.id
				              and c.quote like '%' || extract(year from p.birth_date) || '%')
				order by p.slug""", String.class)).contains("kassym-jomart-tokayev 1953-05-17",
				"narendra-modi 1950-09-17", "recep-tayyip-erdogan 1954-02-26", "vladimir-putin 1952-10-07",
				"xi-jinping 1953-06-15");
	}

	private long create(String table, int n) {
		String slug = "test-ids-" + table + "-" + n;
		return switch (table) {
			case "nation" -> this.jdbc.queryForObject("""
					insert into nation (slug, name, iso_alpha2, iso_alpha3) values (?, ?, ?, ?) returning id""",
					Long.class, slug, "Test Ids Land " + n, "X" + (char) ('A' + n), "XQ" + (char) ('A' + n));
			case "organization" -> this.jdbc.queryForObject("""
					insert into organization (slug, acronym, name, kind)
					values (?, ?, ?, 'INTERGOVERNMENTAL_ORGANIZATION') returning id""", Long.class, slug, "TIDS" + n,
					"Test Ids Organization " + n);
			case "person" ->
				this.jdbc.queryForObject("insert into person (slug, name, sort_name) values (?, ?, ?) returning id",
						Long.class, slug, "Test Ids Person " + n, "Person " + n + ", Test Ids");
			default -> this.jdbc.queryForObject("""
					insert into summit (slug, name, kind, start_date, end_date, status)
					values (?, ?, 'BILATERAL_MEETING', date '2026-03-02', date '2026-03-02', 'PLANNED') returning id""",
					Long.class, slug, "Test Ids Talks " + n);
		};
	}

	private static JsonNode find(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("No " + id);
	}

	/** The API answers JSON to a client that asks for it. */
	private JsonNode api(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			return json(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
