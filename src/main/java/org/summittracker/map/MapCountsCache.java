package org.summittracker.map;

import java.util.function.Supplier;

import org.summittracker.system.DataVersions;
import org.summittracker.system.KeptPerDataVersion;

import org.springframework.stereotype.Component;

/**
 * How many summits each selection of the map has, kept per data version
 * ({@link KeptPerDataVersion}): the one part of the map's reads that grows with the data
 * (a count of every summit of the selection, 27,000 unfiltered at 100x: 3-5 ms of the
 * database's time on each view, against under 1 ms for the rest). At most
 * {@link #MAX_SELECTIONS} selections are kept (an organization and a year each).
 */
@Component
class MapCountsCache {

	static final int MAX_SELECTIONS = 1000;

	private final KeptPerDataVersion<Selection, MapCounts> kept;

	MapCountsCache(DataVersions versions) {
		this.kept = new KeptPerDataVersion<>(versions, MAX_SELECTIONS);
	}

	/**
	 * The counts of this selection, counted by the query unless kept for this version.
	 */
	MapCounts counts(String organization, int year, Supplier<MapCounts> count) {
		return this.kept.get(new Selection(organization, year), count);
	}

	private record Selection(String organization, int year) {
	}

}
