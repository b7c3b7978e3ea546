package org.summittracker.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/**
 * The Atom feeds, parsed as Atom by the JDK's XML parser: what changed, newest first, for
 * one record and for all.
 */
class FeedTest extends IntegrationTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@AfterEach
	void removeTestSummits() {
		this.jdbc.update("delete from summit where slug like 'test-feed%'");
	}

	@Test
	void aSummitsFeedListsItsChangesNewestFirstAndTheSiteFeedHasThemToo() throws Exception {
		WebSession editor = signedIn(Role.EDITOR);
		String sco = String
			.valueOf(this.jdbc.queryForObject("select id from organization where acronym = 'SCO'", Long.class));
		editor.submit(editor.get("/admin/summits/new"), "form.record-form",
				fields("name", "Test feed summit", "slug", "test-feed", "organization", sco, "startDate", "2026-08-31",
						"endDate", "2026-09-01", "city", "Bishkek", "status", "PLANNED"));
		long id = this.jdbc.queryForObject("select id from summit where slug = 'test-feed'", Long.class);
		editor.submit(editor.get("/admin/summits/" + id + "/edit"), "form.record-form", fields("city", "Osh"));

		Page page = get("/summits/test-feed/changes.atom");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("application/atom+xml");
		Element feed = atom(page.body());
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, "title")).isEqualTo("Changes to Test feed summit");
		assertThat(text(feed, "id")).endsWith("/summits/test-feed/changes.atom");
		List<Element> entries = children(feed, "entry");
		assertThat(entries).extracting((e) -> text(e, "title"))
			.containsExactly("Changed summit: Test feed summit", "Created summit: Test feed summit");
		assertThat(entries).extracting((e) -> text(e, "author")).containsOnly("Test editor");
		assertThat(children(entries.get(0), "link").get(0).getAttribute("href")).endsWith("/history/summit/" + id);
		assertThat(text(feed, "updated")).isEqualTo(text(entries.get(0), "updated"));

		List<String> all = children(atom(get("/changes.atom").body()), "entry").stream()
			.map((e) -> text(e, "title"))
			.toList();
		assertThat(all).startsWith("Changed summit: Test feed summit", "Created summit: Test feed summit");
	}

	@Test
	void leaderNationAndOrganizationFeedsAreAtomAndEachPageLinksItsFeed() throws Exception {
		for (String path : List.of("/leaders/recep-tayyip-erdogan", "/nations/turkey", "/organizations/sco",
				"/summits/sco-2024-astana")) {
			Page page = get(path);
			String feedUrl = page.html()
				.select("link[rel=alternate][type=application/atom+xml][href$=changes.atom]")
				.stream()
				.map((l) -> l.attr("href"))
				.filter((href) -> href.endsWith(path + "/changes.atom"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(path + " links no feed of its own"));
			Page feed = get(feedUrl.substring(baseUrl().length()));
			assertThat(feed.status()).as(feedUrl).isEqualTo(200);
			Element root = atom(feed.body());
			assertThat(children(root, "entry")).as(feedUrl).isNotEmpty();
		}
		assertThat(get("/leaders/nobody-at-all/changes.atom").status()).isEqualTo(404);
		assertThat(get("/").html().select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.endsWith("/changes.atom");
	}

	static Element atom(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		return root;
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI())
					&& name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as("<" + name + ">").isNotEmpty();
		return found.get(0).getTextContent().trim();
	}

}
