/**
 * The import of the U.S. Office of the Historian's open datasets (history.state.gov):
 * visits of foreign leaders to the United States and foreign trips of U.S. Presidents and
 * Secretaries of State, read as a stream, reconciled with the nations, people and summits
 * already recorded, and written as meetings and attendance that cite the Office's pages.
 * Each upstream record remembers what it produced and the values it was imported with, so
 * a re-import adds only what changed upstream and never overwrites an editor's
 * correction; names that cannot be reconciled without a guess wait in a review queue.
 */
package org.summittracker.historian;
