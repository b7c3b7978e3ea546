package org.summittracker.source;

import java.time.LocalDate;

import org.summittracker.system.DataVersions;

import org.springframework.stereotype.Component;

/**
 * The date the data is known as of: the publication date (first day) of the latest dated
 * source. A page that speaks of "today" or "current" says this date, because nothing
 * after it has been read: a later change of office or standing may not be recorded yet.
 * <p>
 * The data version's row keeps it (V68: a trigger on the sources moves it whoever writes
 * them, an editor on any instance, an import, a migration), so it is read with the
 * version the request reads anyway ({@link DataVersions}) and no instance holds an old
 * one.
 */
@Component
public class DataHorizon {

	private final DataVersions versions;

	DataHorizon(DataVersions versions) {
		this.versions = versions;
	}

	/**
	 * The latest dated source's date, or {@code null} when no source has a date or the
	 * database is out of reach (the page then fails as every page does).
	 */
	public LocalDate asOf() {
		try {
			return this.versions.current().sourcesAsOf();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
