package org.summittracker.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.summittracker.history.HistoryService.FeedEntry;

/**
 * An Atom 1.0 document (RFC 4287) of changes: one entry per changed record per revision,
 * linking to the page that shows the record and to its history.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	/** The words of one entry: its title and summary, as the feed's reader reads them. */
	interface Words {

		String title(FeedEntry entry);

		String summary(FeedEntry entry);

		/** Where the changed record is shown, or its history page. */
		String link(FeedEntry entry);

	}

	static String write(String id, String title, String self, String alternate, Instant empty, List<FeedEntry> entries,
			Words words) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			text(xml, "id", id);
			text(xml, "title", title);
			text(xml, "updated", time(entries.isEmpty() ? empty : entries.get(0).when()));
			link(xml, "self", self, "application/atom+xml");
			link(xml, "alternate", alternate, "text/html");
			xml.writeStartElement("author");
			text(xml, "name", "Summit Tracker");
			xml.writeEndElement();
			for (FeedEntry entry : entries) {
				xml.writeStartElement("entry");
				text(xml, "id", id + "/revision/" + entry.revision() + "/" + entry.kind() + "/" + entry.id());
				text(xml, "title", words.title(entry));
				text(xml, "updated", time(entry.when()));
				xml.writeStartElement("author");
				text(xml, "name", entry.who());
				xml.writeEndElement();
				link(xml, "alternate", words.link(entry), "text/html");
				text(xml, "summary", words.summary(entry));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters((value != null) ? value : "");
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
