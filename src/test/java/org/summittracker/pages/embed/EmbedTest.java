package org.summittracker.pages.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embed views may be framed by any site, every other page by none; oEmbed answers with
 * the iframe; the Embed button gives the same snippet.
 */
class EmbedTest extends IntegrationTest {

	@Test
	void onlyTheEmbedViewsMayBeFramedByOtherSites() {
		Response embed = anonymous().fetch("/embed/summits/sco-2024-astana");
		assertThat(embed.status()).isEqualTo(200);
		assertThat(embed.header("X-Frame-Options")).isNull();
		assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors *")
			.contains("default-src 'none'");
		assertThat(embed.header("Set-Cookie")).as("an embed starts no session").isNull();

		Response page = anonymous().fetch("/summits/sco-2024-astana");
		assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(anonymous().fetch("/embed/leaders/recep-tayyip-erdogan").header("Content-Security-Policy"))
			.contains("frame-ancestors *");
	}

	@Test
	void aSummitsEmbedShowsItsAttendanceAndLinksBack() {
		Page embed = get("/embed/summits/sco-2024-astana");
		assertThat(embed.html().select("table.embed-table tbody tr:not(.group)").eachText())
			.anyMatch((row) -> row.contains("India") && row.contains("S. Jaishankar")
					&& row.contains("sent instead of Narendra Modi") && row.contains("Attended"));
		Element back = embed.html().select("h1 a").first();
		assertThat(back.attr("href")).isEqualTo("/summits/sco-2024-astana");
		assertThat(back.attr("target")).isEqualTo("_blank");
		assertThat(embed.html().select("script")).isEmpty();
		assertThat(embed.html().select("img.flag-img").first().attr("alt")).isEqualTo("Kazakhstan");

		Page leader = get("/embed/leaders/recep-tayyip-erdogan");
		assertThat(leader.html().select("table.embed-table tbody tr").eachText())
			.anyMatch((row) -> row.contains("SCO Summit 2024") && row.contains("President of Turkey"));
		assertThat(get("/embed/summits/no-such-summit").status()).isEqualTo(404);
	}

	@Test
	void oEmbedAnswersWithTheIframeOfASummitOrLeaderPage() {
		String url = baseUrl() + "/summits/sco-2024-astana";
		Page answer = get("/oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		JsonNode json = JsonMapper.builder().build().readTree(answer.body());
		assertThat(json.get("version").asString()).isEqualTo("1.0");
		assertThat(json.get("type").asString()).isEqualTo("rich");
		assertThat(json.get("title").asString()).isEqualTo("SCO Summit 2024");
		assertThat(json.get("provider_name").asString()).isEqualTo("Summit Tracker");
		assertThat(json.get("width").asInt()).isEqualTo(640);
		Element iframe = Jsoup.parse(json.get("html").asString()).selectFirst("iframe");
		assertThat(iframe.attr("src")).isEqualTo(baseUrl() + "/embed/summits/sco-2024-astana");
		assertThat(iframe.attr("width")).isEqualTo(String.valueOf(json.get("width").asInt()));

		JsonNode narrow = JsonMapper.builder()
			.build()
			.readTree(get("/oembed?maxwidth=400&url="
					+ URLEncoder.encode(baseUrl() + "/leaders/recep-tayyip-erdogan", StandardCharsets.UTF_8))
				.body());
		assertThat(narrow.get("width").asInt()).isEqualTo(400);
		assertThat(narrow.get("title").asString()).isEqualTo("Recep Tayyip Erdoğan");

		assertThat(get("/oembed?format=xml&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)).status())
			.isEqualTo(501);
		assertThat(get("/oembed?url="
				+ URLEncoder.encode("https://example.org/summits/sco-2024-astana", StandardCharsets.UTF_8))
			.status()).isEqualTo(404);
		assertThat(
				get("/oembed?url=" + URLEncoder.encode(baseUrl() + "/nations/turkey", StandardCharsets.UTF_8)).status())
			.isEqualTo(404);
	}

	@Test
	void theEmbedButtonGivesTheSnippetAndThePageAnnouncesItsOEmbed() {
		Page page = get("/summits/sco-2024-astana");
		String snippet = page.html().select(".embed-dialog textarea").text();
		assertThat(Jsoup.parse(snippet).selectFirst("iframe").attr("src"))
			.isEqualTo(baseUrl() + "/embed/summits/sco-2024-astana");
		assertThat(page.html().select("link[type=application/json+oembed]").attr("href"))
			.startsWith(baseUrl() + "/oembed?format=json&url=");
		assertThat(get("/leaders/xi-jinping").html().select(".embed-dialog textarea").text())
			.contains("/embed/leaders/xi-jinping");
	}

}
