package org.summittracker.system;

/** One choice in a select: a record's id and how it reads. */
public record Option(Long id, String label) {

}
