package org.summittracker.system;

/** A record asked for by its URL does not exist; shown to the reader as the 404 page. */
public class RecordNotFoundException extends RuntimeException {

	private final String kind;

	private final String key;

	public RecordNotFoundException(String kind, String key) {
		super("No " + kind + " '" + key + "'");
		this.kind = kind;
		this.key = key;
	}

	public String getKind() {
		return this.kind;
	}

	public String getKey() {
		return this.key;
	}

}
