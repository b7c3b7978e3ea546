package org.summittracker.export;

/**
 * A label for the record with this slug: a current office of a person, a current standing
 * of a nation.
 */
public record Labelled(String slug, String label) {

}
