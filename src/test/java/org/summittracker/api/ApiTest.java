package org.summittracker.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only JSON API over real HTTP: lists with the pages' filters, records by slug,
 * problem details, OpenAPI.
 */
class ApiTest extends IntegrationTest {

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void summitsAreListedWithThePagesFiltersAndPaginated() {
		JsonNode sco = body(call("/api/summits?organization=sco"));
		JsonNode twoPerPage = body(call("/api/summits?size=2&page=2"));

		assertThat(sco.get("items").findValuesAsString("organizationSlug")).containsOnly("sco");
		assertThat(sco.get("items").findValuesAsString("slug")).startsWith("sco-2025-tianjin", "sco-2024-astana",
				"sco-2023-new-delhi");
		assertThat(sco.get("totalItems").asLong()).isEqualTo(3);
		assertThat(twoPerPage.get("items").size()).isEqualTo(2);
		assertThat(twoPerPage.get("page").asInt()).isEqualTo(2);
		assertThat(twoPerPage.get("size").asInt()).isEqualTo(2);
		long summits = this.jdbc.queryForObject("select count(*) from summit", Long.class);
		assertThat(twoPerPage.get("totalItems").asLong()).isEqualTo(summits);
		assertThat(twoPerPage.get("totalPages").asLong()).isEqualTo((summits + 1) / 2);
	}

	@Test
	void aSummitHasItsAttendanceAndSidelines() {
		JsonNode astana = body(call("/api/summits/sco-2024-astana"));

		assertThat(astana.get("summit").get("startDate").asString()).isEqualTo("2024-07-03");
		assertThat(astana.get("summit").get("status").asString()).isEqualTo("HELD");
		JsonNode jaishankar = list(astana.get("attendance")).stream()
			.filter((a) -> a.path("personSlug").asString().equals("s-jaishankar"))
			.findFirst()
			.orElseThrow();
		assertThat(jaishankar.get("insteadOfSlug").asString()).isEqualTo("narendra-modi");
		assertThat(jaishankar.get("nationSlug").asString()).isEqualTo("india");
		assertThat(astana.get("sidelines").findValuesAsString("slug")).contains("xi-putin-2024-astana",
				"erdogan-putin-2024-astana");
	}

	@Test
	void aLeaderHasOtherNamesOfficesAndAppearances() {
		JsonNode erdogan = body(call("/api/leaders/recep-tayyip-erdogan"));

		assertThat(erdogan.get("leader").get("name").asString()).isEqualTo("Recep Tayyip Erdoğan");
		assertThat(erdogan.get("otherNames").findValuesAsString("name")).contains("Recep Tayyip Erdogan");
		assertThat(erdogan.get("tenures").findValuesAsString("officeSlug")).isNotEmpty();
		assertThat(erdogan.get("appearances").findValuesAsString("summitSlug")).contains("sco-2024-astana",
				"nato-2024-washington");
	}

	@Test
	void nationsAndOrganizationsCarryTheirMemberships() {
		JsonNode turkey = body(call("/api/nations/turkey"));
		JsonNode sco = body(call("/api/organizations/sco"));
		JsonNode leaders = body(call("/api/leaders?nation=india"));

		assertThat(turkey.get("memberships").findValuesAsString("organizationSlug")).contains("nato", "sco");
		assertThat(turkey.get("representations").findValuesAsString("summitSlug")).contains("sco-2024-astana");
		assertThat(sco.get("organization").get("members").asLong()).isEqualTo(10);
		assertThat(sco.get("summits").findValuesAsString("slug")).contains("sco-2024-astana");
		assertThat(leaders.get("items").findValuesAsString("nationalitySlug")).containsOnly("india");
		assertThat(body(call("/api/sources")).get("items").findValuesAsString("title")).isNotEmpty();
	}

	@Test
	void aMissingRecordIsA404ProblemDetail() {
		for (String path : List.of("/api/summits/no-such-summit", "/api/leaders/no-such-leader",
				"/api/nations/no-such-nation", "/api/organizations/no-such-organization")) {
			HttpResponse<String> response = call(path);

			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("detail").asString()).contains("no-such-");
			assertThat(problem.get("instance").asString()).isEqualTo(path);
		}
	}

	@Test
	void aMalformedParameterIsA400ProblemDetail() {
		HttpResponse<String> response = call("/api/summits?year=soon");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("year");
	}

	@Test
	void aMalformedPagingParameterIsA400ProblemDetail() {
		HttpResponse<String> response = call("/api/nations?size=many");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo("Parameter 'size' is malformed");
	}

	@Test
	void theOpenApiDocumentListsEveryPath() {
		JsonNode openapi = body(call("/api/openapi.json"));

		assertThat(openapi.get("info").get("title").asString()).isEqualTo("Summit Tracker API");
		assertThat(StreamSupport.stream(openapi.get("paths").propertyNames().spliterator(), false).toList())
			.containsExactlyInAnyOrder("/api/summits", "/api/summits/{slug}", "/api/leaders", "/api/leaders/{slug}",
					"/api/nations", "/api/nations/{slug}", "/api/organizations", "/api/organizations/{slug}",
					"/api/sources");
		assertThat(openapi.at("/paths/~1api~1summits~1{slug}/get/responses/404").isMissingNode()).isFalse();
		assertThat(openapi.at("/components/schemas/Attendance/properties/insteadOfSlug").isMissingNode()).isFalse();
	}

	@Test
	void theDocsPageIsServedByTheAppItself() {
		HttpResponse<String> docs = call("/api/docs");
		assertThat(docs.statusCode()).isEqualTo(302);
		String location = docs.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> page = call(location);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js");
		HttpResponse<String> initializer = call(location.replace("index.html", "swagger-initializer.js"));
		assertThat(initializer.statusCode()).isEqualTo(200);
		assertThat(initializer.body()).contains("/api/openapi.json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/summits", "/api/summits?organization=sco&year=2024&kind=ORGANIZATION_SUMMIT",
			"/api/summits/sco-2024-astana", "/api/leaders", "/api/leaders?nation=india",
			"/api/leaders/recep-tayyip-erdogan", "/api/nations", "/api/nations/turkey", "/api/organizations",
			"/api/organizations/sco", "/api/sources" })
	void everyEndpointAnswersInAtMostFiveStatements(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		HttpResponse<String> response = call(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(statistics.getPrepareStatementCount()).isPositive().isLessThanOrEqualTo(5);
	}

	private JsonNode body(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	/** A GET as an API client sends it, asking for JSON. */
	private HttpResponse<String> call(String path) {
		URI uri = URI.create(path.startsWith("http") ? path : baseUrl() + path);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
