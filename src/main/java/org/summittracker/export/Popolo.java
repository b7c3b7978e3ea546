package org.summittracker.export;

import java.io.OutputStream;
import java.net.URI;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.summittracker.export.PopoloDocument.Meta;
import tools.jackson.core.JsonGenerator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the {@link PopoloDocument} of the whole dataset as it reads it: each section
 * comes from the database one element per row through a cursor and goes straight to the
 * response, so memory stays the same whatever the size of the data (a few rows in flight,
 * never a section or the document). One read-only transaction with one snapshot
 * (repeatable read), so the sections agree with each other while the data changes.
 */
@Service
public class Popolo {

	private final DatasetRepository dataset;

	private final ExportJson json;

	Popolo(DatasetRepository dataset, ExportJson json) {
		this.dataset = dataset;
		this.json = json;
	}

	/**
	 * The document, with links to the app's pages at {@code site}, in the exports'
	 * snake_case JSON.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(URI site, OutputStream out) {
		String base = site.resolve("/").toString();
		try (JsonGenerator document = this.json.generator(out)) {
			document.writeStartObject();
			document.writeName("meta");
			this.json.write(document, new Meta("Summit Tracker", site.toString(),
					"https://www.popoloproject.com/specs/",
					"Who attends what in international politics: leaders, states, blocs and summits, with sources."));
			section(document, "persons", () -> this.dataset.persons(base));
			section(document, "organizations", () -> this.dataset.states(base), () -> this.dataset.organizations(base));
			section(document, "posts", this.dataset::posts);
			section(document, "memberships", this.dataset::memberships, this.dataset::tenures);
			section(document, "events", () -> this.dataset.events(base));
			section(document, "sources", this.dataset::sources);
			document.writeEndObject();
		}
	}

	/**
	 * One list of the document, from one statement or several in turn; an empty list is
	 * left out, as every empty property is.
	 */
	@SafeVarargs
	private void section(JsonGenerator document, String name, Supplier<Stream<String>>... parts) {
		boolean started = false;
		for (Supplier<Stream<String>> part : parts) {
			try (Stream<String> rows = part.get()) {
				for (String row : (Iterable<String>) rows::iterator) {
					if (!started) {
						document.writeName(name);
						document.writeStartArray();
						started = true;
					}
					this.json.copy(row, document);
				}
			}
		}
		if (started) {
			document.writeEndArray();
		}
	}

}
