package org.summittracker.historian;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up: imports a folder or web address given on the command line
 * ({@code --summit.historian.import-from=/path/to/snapshot} or
 * {@code =https://example.org/snapshot.zip}), else the bundled snapshot unless it was
 * imported already ({@code summit.historian.import-on-startup}, on by default). The
 * import runs in the background; the site serves meanwhile.
 */
@Component
class HistorianStartup {

	private static final Logger log = LoggerFactory.getLogger(HistorianStartup.class);

	private final HistorianImports imports;

	private final boolean onStartup;

	private final String importFrom;

	HistorianStartup(HistorianImports imports, @Value("${summit.historian.import-on-startup:true}") boolean onStartup,
			@Value("${summit.historian.import-from:}") String importFrom) {
		this.imports = imports;
		this.onStartup = onStartup;
		this.importFrom = importFrom;
	}

	@EventListener(ApplicationReadyEvent.class)
	void importOnStartup() {
		if (!this.importFrom.isBlank()) {
			log.info("Importing the Office of the Historian's snapshot from {}", this.importFrom);
			try {
				this.imports.start(this.imports.from(this.importFrom, null, null), "command line");
			}
			catch (MalformedSnapshotException | SnapshotDownload.SnapshotDownloadException ex) {
				log.error("Cannot import {}: {}", this.importFrom, ex.getMessage());
			}
			return;
		}
		if (!this.onStartup) {
			return;
		}
		Snapshot bundled = this.imports.bundled();
		if (this.imports.imported(bundled)) {
			log.info("The bundled Office of the Historian snapshot is imported already");
			return;
		}
		log.info("Importing the bundled Office of the Historian snapshot (visits {}, travels {}) in the background",
				bundled.visitsCommit(), bundled.travelsCommit());
		this.imports.start(bundled, "start-up");
	}

}
