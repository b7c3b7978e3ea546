package org.summittracker.map;

/** How many summits of the map's selection have a place, and how many in all. */
public record MapCounts(long placed, long all) {

	public long unplaced() {
		return this.all - this.placed;
	}

}
