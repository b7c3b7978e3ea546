/**
 * Atom feeds of the record history: all changes, and the changes to one summit (with its
 * attendance and sideline meetings), leader, nation or organization.
 */
package org.summittracker.feed;
