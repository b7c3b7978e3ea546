package org.summittracker.historian;

/**
 * A file of a snapshot is not what the datasets' schemas describe (malformed or truncated
 * XML, a missing id or date): the whole import is refused and nothing of it is written.
 */
public class MalformedSnapshotException extends RuntimeException {

	MalformedSnapshotException(String file, int line, String problem) {
		super(file + ", line " + line + ": " + problem);
	}

}
