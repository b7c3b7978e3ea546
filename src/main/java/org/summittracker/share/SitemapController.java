package org.summittracker.share;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sitemap (sitemaps.org 0.9) of every public page: the lists, each summit, leader,
 * nation and organization; and robots.txt, which points at it and keeps crawlers out of
 * the editors' pages.
 */
@RestController
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The public lists and overviews, then every record's page, in one statement. */
	static final String RECORDS = """
			select '/summits/' || slug as path from summit
			union all select '/leaders/' || slug from person
			union all select '/nations/' || slug from nation
			union all select '/organizations/' || slug from organization
			order by 1
			""";

	static final List<String> LISTS = List.of("/", "/summits", "/leaders", "/nations", "/organizations", "/map",
			"/timeline", "/matrix");

	private final JdbcTemplate jdbc;

	SitemapController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		String base = base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (String path : LISTS) {
			url(xml, base + path);
		}
		for (String path : this.jdbc.queryForList(RECORDS, String.class)) {
			url(xml, base + path);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("""
				User-agent: *
				Disallow: /admin/
				Disallow: /login
				Disallow: /setup
				Disallow: /embed/
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(base()));
	}

	private static void url(XMLStreamWriter xml, String location) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
