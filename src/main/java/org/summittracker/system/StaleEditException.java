package org.summittracker.system;

/**
 * The form was filled in from a version of the record that is no longer the saved one.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String record, long formVersion, long savedVersion) {
		super(record + " was edited from version " + formVersion + " but version " + savedVersion + " is saved");
	}

}
