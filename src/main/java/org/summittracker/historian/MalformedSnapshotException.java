package org.summittracker.historian;

/**
 * A file of a snapshot is not what the datasets' schemas describe (malformed or truncated
 * XML, a missing id or date): the whole import is refused and nothing of it is written.
 */
public class MalformedSnapshotException extends RuntimeException {

	private final String file;

	private final int line;

	MalformedSnapshotException(String file, int line, String problem) {
		super(file + ", line " + line + ": " + problem);
		this.file = file;
		this.line = line;
	}

	/** The file of the snapshot, relative to its root. */
	public String getFile() {
		return this.file;
	}

	/** The line the problem was found on. */
	public int getLine() {
		return this.line;
	}

}
