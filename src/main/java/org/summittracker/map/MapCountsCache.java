package org.summittracker.map;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.summittracker.system.DataVersions;

import org.springframework.stereotype.Component;

/**
 * How many summits each selection of the map has, kept per data version: the one part of
 * the map's reads that grows with the data (a count of every summit of the selection,
 * 27,000 unfiltered at 100x: 3-5 ms of the database's time on each view, against under 1
 * ms for the rest). The version is the one the request reads anyway
 * ({@link DataVersions}), and every write of public data moves it, whichever instance or
 * import made it, so a kept count is never one a write has changed; a new version drops
 * every count of the old one. At most {@link #MAX_SELECTIONS} selections are kept (an
 * organization and a year each), so a stream of made-up filters cannot grow it.
 */
@Component
class MapCountsCache {

	static final int MAX_SELECTIONS = 1000;

	private final DataVersions versions;

	/** The counts of one version; replaced whole when a newer version is read. */
	private volatile Kept kept = new Kept(Long.MIN_VALUE);

	MapCountsCache(DataVersions versions) {
		this.versions = versions;
	}

	/**
	 * The counts of this selection, counted by the query unless kept for this request's
	 * version. A request that read an older version than the one kept (a write between
	 * two requests' reads) counts for itself and keeps nothing.
	 */
	MapCounts counts(String organization, int year, Supplier<MapCounts> count) {
		long version = this.versions.current().version();
		Kept kept = this.kept;
		if (version > kept.version) {
			synchronized (this) {
				if (version > this.kept.version) {
					this.kept = new Kept(version);
				}
				kept = this.kept;
			}
		}
		if (version != kept.version) {
			return count.get();
		}
		Selection selection = new Selection(organization, year);
		MapCounts counts = kept.counts.get(selection);
		if (counts == null) {
			counts = count.get();
			if (kept.counts.size() >= MAX_SELECTIONS) {
				kept.counts.clear();
			}
			kept.counts.put(selection, counts);
		}
		return counts;
	}

	private record Selection(String organization, int year) {
	}

	private record Kept(long version, Map<Selection, MapCounts> counts) {

		Kept(long version) {
			this(version, new ConcurrentHashMap<>());
		}

	}

}
