package org.summittracker.export;

import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole dataset as one Popolo-shaped JSON document, streamed section by section in
 * one statement each whatever its size, and the same document as the one built in memory
 * before.
 */
class PopoloTest extends IntegrationTest {

	@Autowired
	ExportJson json;

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from person where slug like 'test-popolo-%'");
	}

	@Test
	void personsCarryTheirOtherNames() {
		JsonNode erdogan = byId(popolo().get("persons"), "person/recep-tayyip-erdogan");

		assertThat(erdogan.get("name").asString()).isEqualTo("Recep Tayyip Erdoğan");
		assertThat(erdogan.get("national_identity").asString()).isEqualTo("Turkey");
		JsonNode variant = list(erdogan.get("other_names")).stream()
			.filter((n) -> n.get("name").asString().equals("Recep Tayyip Erdogan"))
			.findFirst()
			.orElseThrow();
		assertThat(variant.get("note").asString()).isEqualTo("variant");
		assertThat(variant.get("sources").get(0).get("source_id").asString()).startsWith("source/");
		assertThat(erdogan.get("links").get(0).get("url").asString()).endsWith("/leaders/recep-tayyip-erdogan");
	}

	@Test
	void statesAreOrganizationsBesideTheBlocs() {
		JsonNode organizations = popolo().get("organizations");
		JsonNode turkey = byId(organizations, "nation/turkey");
		JsonNode sco = byId(organizations, "organization/sco");

		assertThat(turkey.get("classification").asString()).isEqualTo("state");
		assertThat(turkey.get("identifiers").findValuesAsString("identifier")).contains("TR", "TUR");
		assertThat(turkey.get("other_names").findValuesAsString("name")).contains("Türkiye");
		assertThat(sco.get("classification").asString()).isEqualTo("intergovernmental_organization");
		assertThat(sco.get("other_names").findValuesAsString("name")).contains("SCO");
		assertThat(sco.get("founding_date").asString()).isEqualTo("2001-06-15");
	}

	@Test
	void membershipsHoldStandingsOfStatesAndPostsOfPersonsWithPartialDates() {
		JsonNode document = popolo();
		List<JsonNode> memberships = list(document.get("memberships"));

		JsonNode turkeyInSco = memberships.stream()
			.filter((m) -> m.has("member") && m.get("member").get("id").asString().equals("nation/turkey")
					&& m.get("organization_id").asString().equals("organization/sco"))
			.findFirst()
			.orElseThrow();
		assertThat(turkeyInSco.get("member").get("@type").asString()).isEqualTo("Organization");
		assertThat(turkeyInSco.get("role").asString()).isEqualTo("dialogue_partner");
		assertThat(turkeyInSco.get("start_date").asString()).isEqualTo("2012");
		assertThat(turkeyInSco.has("end_date")).isFalse();
		assertThat(memberships).anySatisfy((m) -> {
			assertThat(m.path("member").path("id").asString()).isEqualTo("nation/russia");
			assertThat(m.get("organization_id").asString()).isEqualTo("organization/g7");
			assertThat(m.get("end_date").asString()).isEqualTo("2014-03");
		});

		JsonNode jaishankar = memberships.stream()
			.filter((m) -> m.has("person_id") && m.get("person_id").asString().equals("person/s-jaishankar"))
			.findFirst()
			.orElseThrow();
		assertThat(jaishankar.get("post_id").asString()).isEqualTo("post/minister-of-external-affairs-of-india");
		assertThat(jaishankar.get("organization_id").asString()).isEqualTo("nation/india");
		assertThat(jaishankar.get("start_date").asString()).isEqualTo("2019-05-30");
		assertThat(byId(document.get("posts"), "post/minister-of-external-affairs-of-india").get("organization_id")
			.asString()).isEqualTo("nation/india");
	}

	@Test
	void eventsNameTheirOrganizationParentAndAttendeesWithWhomTheySpokeForAndReplaced() {
		JsonNode events = popolo().get("events");
		JsonNode astana = byId(events, "event/sco-2024-astana");

		assertThat(astana.get("organization_id").asString()).isEqualTo("organization/sco");
		assertThat(astana.get("start_date").asString()).isEqualTo("2024-07-03");
		assertThat(astana.get("end_date").asString()).isEqualTo("2024-07-04");
		assertThat(astana.get("status").asString()).isEqualTo("held");
		assertThat(astana.get("location").asString()).isEqualTo("Astana, Kazakhstan");
		JsonNode jaishankar = list(astana.get("attendees")).stream()
			.filter((a) -> a.path("person_id").asString().equals("person/s-jaishankar"))
			.findFirst()
			.orElseThrow();
		assertThat(jaishankar.get("on_behalf_of_id").asString()).isEqualTo("nation/india");
		assertThat(jaishankar.get("instead_of_id").asString()).isEqualTo("person/narendra-modi");
		assertThat(jaishankar.get("role").asString()).isEqualTo("minister");
		assertThat(jaishankar.get("sources").findValuesAsString("claimed_status")).contains("expected");
		assertThat(byId(events, "event/xi-putin-2024-astana").get("parent_id").asString())
			.isEqualTo("event/sco-2024-astana");
	}

	@Test
	void theDocumentListsItsSources() {
		JsonNode sources = popolo().get("sources");

		assertThat(sources.size()).isPositive();
		assertThat(sources.findValuesAsString("title"))
			.contains("Putin, Xi meet to bolster alliance against West ahead of NATO summit");
	}

	@Test
	void theStreamedDocumentIsTheDocumentBuiltInMemoryBefore() {
		String streamed = get("/data/popolo.json").body();
		String before = PopoloInMemory.write(this.jdbc, this.json, URI.create(baseUrl() + "/"));

		JsonNode actual = ExportsTest.json(streamed);
		JsonNode expected = ExportsTest.json(before);
		assertThat(actual.propertyNames()).containsExactlyElementsOf(expected.propertyNames());
		for (String section : expected.propertyNames()) {
			JsonNode want = expected.get(section);
			JsonNode got = actual.get(section);
			if (want.isArray()) {
				assertThat(got.size()).as(section).isEqualTo(want.size());
				for (int i = 0; i < want.size(); i++) {
					assertThat(got.get(i)).as(section + "[" + i + "]").isEqualTo(want.get(i));
				}
			}
			assertThat(got).as(section).isEqualTo(want);
		}
		assertThat(streamed).isEqualTo(before);
	}

	@Test
	void theDocumentIsReadInOneStatementPerSectionWhateverTheNumberOfRows() {
		Counted before = getCounting("/data/popolo.json");
		this.jdbc.update("""
				insert into person (slug, name, sort_name) select 'test-popolo-' || g, 'Test ' || g, 'Test ' || g
				from generate_series(1, 50) g""");

		Counted after = getCounting("/data/popolo.json");

		assertThat(before.page().status()).isEqualTo(200);
		assertThat(before.page().contentType()).startsWith("application/json");
		assertThat(ExportsTest.json(after.page().body()).get("persons").size())
			.isEqualTo(ExportsTest.json(before.page().body()).get("persons").size() + 50);
		// persons, states, organizations, posts, memberships, tenures, events, sources
		assertThat(after.statements()).isEqualTo(before.statements()).isEqualTo(8);
	}

	private JsonNode popolo() {
		Page page = get("/data/popolo.json");
		assertThat(page.status()).isEqualTo(200);
		return ExportsTest.json(page.body());
	}

	private static JsonNode byId(JsonNode array, String id) {
		return list(array).stream()
			.filter((n) -> n.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + id));
	}

	private static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

}
