package org.summittracker.system;

/** No PostgreSQL answered where the configuration points. */
public class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException(String url, String user, Throwable cause) {
		super("Could not connect to PostgreSQL at " + url + " as '" + user + "': " + cause.getMessage(), cause);
	}

}
