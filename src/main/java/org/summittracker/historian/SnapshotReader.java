package org.summittracker.historian;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.summittracker.historian.Upstream.Origin;
import org.summittracker.historian.Upstream.President;
import org.summittracker.historian.Upstream.Trip;
import org.summittracker.historian.Upstream.Visit;

/**
 * Reads the datasets' XML as a stream (StAX): one record at a time, never a document tree
 * of a whole file. A file that is not well-formed, ends early or lacks a record's id or
 * dates is refused with its name and the line of the problem.
 */
final class SnapshotReader {

	private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	private SnapshotReader() {
	}

	/** Reads every {@code <visit>} of a visits file. */
	static void visits(Snapshot.Entry file, Consumer<Visit> sink) {
		read(file, "visits", "visit",
				(fields, attributes, line) -> sink.accept(new Visit(integer(file, line, fields, "id"),
						date(file, line, fields, "start-date"), endDate(file, line, fields),
						text(file, line, fields, "visitor"), attributes.get("from@id"), fields.getOrDefault("from", ""),
						fields.getOrDefault("description", ""), new Origin(file.path(), line))));
	}

	/** Reads every {@code <trip>} of a president's or secretary's travels file. */
	static void trips(Snapshot.Entry file, Consumer<Trip> sink) {
		read(file, "trips", "trip",
				(fields, attributes,
						line) -> sink.accept(new Trip(integer(file, line, fields, "id"),
								attributes.getOrDefault("trip@role", fields.get("role")), attributes.get("trip@who"),
								text(file, line, fields, "name"), date(file, line, fields, "start-date"),
								endDate(file, line, fields), attributes.get("country@id"),
								fields.getOrDefault("country", ""), fields.getOrDefault("locale", ""),
								fields.getOrDefault("remarks", ""), new Origin(file.path(), line))));
	}

	/** Reads the presidents and their terms ({@code presidents.xml}). */
	static List<President> presidents(Snapshot.Entry file) {
		List<President> presidents = new ArrayList<>();
		read(file, "presidents", "president", (fields, attributes, line) -> {
			if (fields.containsKey("took-office-date") && !fields.get("took-office-date").isEmpty()) {
				String left = fields.getOrDefault("left-office-date", "");
				presidents.add(new President(text(file, line, fields, "id"), text(file, line, fields, "name"),
						date(file, line, fields, "took-office-date"),
						left.isEmpty() ? null : date(file, line, fields, "left-office-date")));
			}
		});
		return presidents;
	}

	private interface RecordSink {

		void accept(Map<String, String> fields, Map<String, String> attributes, int line);

	}

	private static void read(Snapshot.Entry file, String rootName, String recordName, RecordSink sink) {
		int line = 1;
		try (InputStream in = file.open()) {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in, "UTF-8");
			try {
				boolean rootSeen = false;
				boolean rootClosed = false;
				Map<String, String> fields = null;
				Map<String, String> attributes = null;
				int recordLine = 0;
				String field = null;
				StringBuilder text = new StringBuilder();
				int depth = 0;
				while (xml.hasNext()) {
					int event = xml.next();
					line = xml.getLocation().getLineNumber();
					if (event == XMLStreamConstants.START_ELEMENT) {
						depth++;
						String name = xml.getLocalName();
						if (depth == 1) {
							if (!name.equals(rootName)) {
								throw new MalformedSnapshotException(file.path(), line,
										"expected <" + rootName + "> but the file starts with <" + name + ">");
							}
							rootSeen = true;
						}
						else if (depth == 2 && name.equals(recordName)) {
							fields = new HashMap<>();
							attributes = new HashMap<>();
							recordLine = line;
							attributes(xml, name, attributes);
						}
						else if (depth == 3 && fields != null) {
							field = name;
							text.setLength(0);
							attributes(xml, name, attributes);
						}
					}
					else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
							&& field != null) {
						text.append(xml.getText());
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						if (depth == 3 && field != null) {
							fields.put(field, text.toString().replaceAll("\\s+", " ").trim());
							field = null;
						}
						else if (depth == 2 && fields != null && xml.getLocalName().equals(recordName)) {
							sink.accept(fields, attributes, recordLine);
							fields = null;
						}
						else if (depth == 1) {
							rootClosed = true;
						}
						depth--;
					}
				}
				if (!rootSeen || !rootClosed) {
					throw new MalformedSnapshotException(file.path(), line,
							"the file ends before its closing </" + rootName + ">: it is truncated");
				}
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			int at = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : line;
			String message = ex.getMessage();
			int detail = (message != null) ? message.indexOf("Message: ") : -1;
			throw new MalformedSnapshotException(file.path(), at,
					"not well-formed XML (" + ((detail >= 0) ? message.substring(detail + 9) : message) + ")");
		}
		catch (IOException ex) {
			throw new MalformedSnapshotException(file.path(), line, "cannot be read: " + ex.getMessage());
		}
	}

	private static void attributes(XMLStreamReader xml, String element, Map<String, String> into) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			into.put(element + "@" + xml.getAttributeLocalName(i), xml.getAttributeValue(i));
		}
	}

	private static String text(Snapshot.Entry file, int line, Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isEmpty()) {
			throw new MalformedSnapshotException(file.path(), line, "the record has no <" + name + ">");
		}
		return value;
	}

	private static int integer(Snapshot.Entry file, int line, Map<String, String> fields, String name) {
		return parsed(file, line, fields, name, Integer::parseInt, "a number");
	}

	private static LocalDate date(Snapshot.Entry file, int line, Map<String, String> fields, String name) {
		return parsed(file, line, fields, name, LocalDate::parse, "a date");
	}

	/**
	 * A required field read by {@code parse}; one it cannot read is {@code what} it is
	 * not.
	 */
	private static <T> T parsed(Snapshot.Entry file, int line, Map<String, String> fields, String name,
			Function<String, T> parse, String what) {
		String value = text(file, line, fields, name);
		try {
			return parse.apply(value);
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new MalformedSnapshotException(file.path(), line, "<" + name + "> is not " + what + ": " + value);
		}
	}

	/** The end date, or the start when the record gives none. */
	private static LocalDate endDate(Snapshot.Entry file, int line, Map<String, String> fields) {
		String end = fields.get("end-date");
		return (end == null || end.isEmpty()) ? date(file, line, fields, "start-date")
				: date(file, line, fields, "end-date");
	}

}
