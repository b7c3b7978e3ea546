package org.summittracker.imports;

/** The reading and the rules for one kind of file. */
interface RowImport {

	/**
	 * Checks every row; the writes are complete only when the preview is importable.
	 * @param tryWrites whether each good row is also written and rolled back, so that the
	 * database judges it
	 */
	Checked check(CsvFile file, boolean tryWrites);

}
