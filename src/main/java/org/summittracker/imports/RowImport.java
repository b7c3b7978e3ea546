package org.summittracker.imports;

import java.util.List;

/** The rules and the writing for one kind of file. */
interface RowImport<T> {

	/**
	 * Checks every row; the rows to write are complete only when the preview is
	 * importable.
	 */
	Checked<T> check(CsvFile file);

	/**
	 * Adds every row; the first the database refuses stops the import (the caller's
	 * transaction rolls back).
	 */
	void write(List<T> lines);

}
