package org.summittracker.share;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession.Response;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a link preview, a search engine or a link checker reads: generated summaries in
 * the page head, schema.org JSON-LD, the sitemap, robots.txt and one address per page.
 */
class ShareTest extends IntegrationTest {

	@Test
	void aSummitPageDescribesItselfFromTheData() {
		Document html = get("/summits/sco-2024-astana").html();
		String description = html.select("meta[name=description]").attr("content");
		assertThat(description).startsWith("SCO Summit 2024, Astana, 3–4 July 2024: ")
			.contains(attendees("MEMBER") + " member delegations")
			.contains("India sent S. Jaishankar, a minister, instead of Narendra Modi");
		assertThat(html.select("meta[property=og:description]").attr("content")).isEqualTo(description);
		assertThat(html.select("meta[name=twitter:description]").attr("content")).isEqualTo(description);
		assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo("SCO Summit 2024");
		assertThat(html.select("meta[property=og:url]").attr("content"))
			.isEqualTo(baseUrl() + "/summits/sco-2024-astana");
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(baseUrl() + "/summits/sco-2024-astana");
		assertThat(html.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
	}

	@Test
	void theSummaryFollowsTheData() {
		this.jdbc
			.update("update attendance set status = 'ABSENT' where summit_id = (select id from summit where slug = "
					+ "'sco-2024-astana') and person_id = (select id from person where slug = 'vladimir-putin')");
		try {
			String description = get("/summits/sco-2024-astana").html()
				.select("meta[name=description]")
				.attr("content");
			assertThat(description).contains(attendees("MEMBER") + " member delegations");
		}
		finally {
			this.jdbc.update("update attendance set status = 'ATTENDED' where summit_id = (select id from summit where "
					+ "slug = 'sco-2024-astana') and person_id = (select id from person where slug = 'vladimir-putin')");
		}
	}

	@Test
	void leaderNationAndOrganizationPagesHaveTheirOwnSummaries() {
		assertThat(get("/leaders/recep-tayyip-erdogan").html().select("meta[name=description]").attr("content"))
			.startsWith("Recep Tayyip Erdoğan, President of Turkey: ")
			.contains("summits and meetings on record, most recently");
		assertThat(get("/nations/turkey").html().select("meta[name=description]").attr("content"))
			.startsWith("Turkey: ")
			.contains("member of NATO");
		assertThat(get("/organizations/sco").html().select("meta[name=description]").attr("content"))
			.startsWith("Shanghai Cooperation Organisation (SCO): 10 members");
		assertThat(get("/summits").html().select("meta[name=description]").attr("content"))
			.startsWith("Summit Tracker: who attends what");
	}

	@Test
	void aSummitPageCarriesASchemaOrgEvent() {
		Document html = get("/summits/sco-2024-astana").html();
		var scripts = html.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		JsonNode event = JsonMapper.builder().build().readTree(scripts.first().data());
		assertThat(event.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("name").asString()).isEqualTo("SCO Summit 2024");
		assertThat(event.get("startDate").asString()).isEqualTo("2024-07-03");
		assertThat(event.get("endDate").asString()).isEqualTo("2024-07-04");
		assertThat(event.at("/location/address/addressLocality").asString()).isEqualTo("Astana");
		assertThat(event.at("/location/address/addressCountry").asString()).isEqualTo("KZ");
		assertThat(event.at("/organizer/name").asString()).isEqualTo("Shanghai Cooperation Organisation");
		List<String> attendees = new ArrayList<>();
		event.get("attendee").forEach((a) -> attendees.add(a.get("name").asString()));
		assertThat(attendees).contains("Xi Jinping", "S. Jaishankar").doesNotContain("Narendra Modi");
		assertThat(get("/leaders/xi-jinping").html().select("script[type=application/ld+json]")).isEmpty();
	}

	@Test
	void theSitemapListsEveryPublicRecord() throws Exception {
		Page sitemap = get("/sitemap.xml");
		assertThat(sitemap.status()).isEqualTo(200);
		assertThat(sitemap.contentType()).startsWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8)));
		NodeList locations = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locations.getLength(); i++) {
			urls.add(locations.item(i).getTextContent());
		}
		assertThat(urls).contains(baseUrl() + "/", baseUrl() + "/summits/sco-2024-astana",
				baseUrl() + "/leaders/recep-tayyip-erdogan", baseUrl() + "/nations/turkey",
				baseUrl() + "/organizations/sco");
		long records = this.jdbc.queryForObject("select (select count(*) from summit) + (select count(*) from person)"
				+ " + (select count(*) from nation) + (select count(*) from organization)", Long.class);
		assertThat(urls.stream().filter((u) -> u.matches(".*/(summits|leaders|nations|organizations)/[a-z0-9-]+$")))
			.hasSize((int) records);
		assertThat(urls).doesNotHaveDuplicates().noneMatch((u) -> u.contains("/admin"));
	}

	@Test
	void robotsPointAtTheSitemapAndKeepCrawlersOutOfTheEditorsPages() {
		Page robots = get("/robots.txt");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.contentType()).startsWith("text/plain");
		assertThat(robots.body()).contains("User-agent: *", "Disallow: /admin/",
				"Sitemap: " + baseUrl() + "/sitemap.xml");
	}

	@Test
	void aTrailingSlashRedirectsToThePagesOneAddress() {
		Response summit = anonymous().fetch("/summits/sco-2024-astana/");
		assertThat(summit.status()).isEqualTo(301);
		assertThat(summit.location()).isEqualTo("/summits/sco-2024-astana");
		Response list = anonymous().fetch("/summits/?organization=sco&year=2024");
		assertThat(list.status()).isEqualTo(301);
		assertThat(list.location()).isEqualTo("/summits?organization=sco&year=2024");
		assertThat(anonymous().fetch("/").status()).isEqualTo(200);
		Response offSite = anonymous().fetch("//example.org/");
		assertThat(offSite.location()).as("never a redirect off the site").isNull();
	}

	private int attendees(String standing) {
		return this.jdbc.queryForObject("""
				select count(*) from attendance a join summit s on s.id = a.summit_id
				where s.slug = 'sco-2024-astana' and a.standing = ? and a.status not in ('ABSENT', 'DECLINED')
				""", Integer.class, standing);
	}

}
