package org.summittracker.history;

import java.time.Instant;
import java.util.List;

/**
 * One saved change of a record: who, when, what kind (created, changed, deleted) and
 * which fields, old to new.
 */
public record Change(long revision, Instant when, String who, Action action, List<FieldChange> fields,
		boolean restorable) {

	public enum Action {

		CREATED, CHANGED, DELETED

	}

	/**
	 * A field a change touched, with its value before and after, as readers read them.
	 */
	public record FieldChange(String field, String before, String after) {

	}

}
