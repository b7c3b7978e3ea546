package org.summittracker.source;

/** How many citations name a source. */
public record SourceUse(Long sourceId, long citations) {

}
