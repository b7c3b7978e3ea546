package org.summittracker.imports;

/**
 * The database refused a row the checks let through (another edit got there first): the
 * import is rolled back.
 */
class ImportRefusedException extends RuntimeException {

	private final int line;

	private final String constraint;

	ImportRefusedException(int line, String constraint, Throwable cause) {
		super("Line " + line + " refused by " + constraint, cause);
		this.line = line;
		this.constraint = constraint;
	}

	/** The line of the file the refused row starts on. */
	int getLine() {
		return this.line;
	}

	/** The database constraint that refused it, if PostgreSQL named one. */
	String getConstraint() {
		return this.constraint;
	}

}
