package org.summittracker.source;

import java.time.LocalDate;

import org.summittracker.system.DataVersions;

import org.springframework.stereotype.Component;

/**
 * The date the data is known as of: the publication date (first day) of the latest dated
 * source. A page that speaks of "today" or "current" says this date, because nothing
 * after it has been read: a later change of office or standing may not be recorded yet.
 * <p>
 * Kept with the data version it was read at ({@link DataVersions}, V62), and read again
 * when the version has moved on, whoever moved it: an editor on this instance or another,
 * an import, a migration. A page reuses the version its request has already read (the
 * conditional GET's, for anonymous readers), so it pays a statement for the horizon only
 * on the first page after the data changed.
 */
@Component
public class DataHorizon {

	private final SourceRepository sources;

	private final DataVersions versions;

	private volatile Known known;

	DataHorizon(SourceRepository sources, DataVersions versions) {
		this.sources = sources;
		this.versions = versions;
	}

	/** The latest dated source's date, or {@code null} when no source has a date. */
	public LocalDate asOf() {
		long version;
		try {
			version = this.versions.current().version();
		}
		catch (RuntimeException ex) {
			// the database out of reach: the page fails as every page does then; the
			// error page may still say the date last known
			Known last = this.known;
			return (last != null) ? last.asOf() : null;
		}
		Known last = this.known;
		if (last == null || last.version() != version) {
			// the version first: a source saved in between moves it again, so the next
			// page reads the horizon again rather than keeping an older one
			last = new Known(version, this.sources.findLatestPublished());
			this.known = last;
		}
		return last.asOf();
	}

	private record Known(long version, LocalDate asOf) {
	}

}
