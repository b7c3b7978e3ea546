package org.summittracker.system;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The form was filled in from a version of the record that is no longer the saved one. It
 * is an {@link OptimisticLockingFailureException}, as is Hibernate's report of a version
 * that changed between reading and writing, so a controller answers both with one
 * {@code catch}.
 */
public class StaleEditException extends OptimisticLockingFailureException {

	public StaleEditException(String record, long formVersion, long savedVersion) {
		super(record + " was edited from version " + formVersion + " but version " + savedVersion + " is saved");
	}

}
