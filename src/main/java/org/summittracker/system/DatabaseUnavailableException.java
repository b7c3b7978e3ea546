package org.summittracker.system;

/** No PostgreSQL answered where the configuration points. */
public class DatabaseUnavailableException extends RuntimeException {

	private final String url;

	private final String user;

	DatabaseUnavailableException(String url, String user, Throwable cause) {
		super("Could not connect to PostgreSQL at " + url + " as '" + user + "': " + cause.getMessage(), cause);
		this.url = url;
		this.user = user;
	}

	public String getUrl() {
		return this.url;
	}

	public String getUser() {
		return this.user;
	}

}
