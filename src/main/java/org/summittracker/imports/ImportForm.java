package org.summittracker.imports;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor sends to preview or import: the kind of rows and the CSV text, pasted or
 * read from an uploaded file. The import step sends the previewed text again and it is
 * checked again; no verdict travels with it.
 */
public class ImportForm {

	/** About a megabyte: thousands of rows, and within what a form post may carry. */
	static final int MAX_LENGTH = 1_000_000;

	@NotNull
	private ImportKind kind = ImportKind.ATTENDANCE;

	@Size(max = MAX_LENGTH)
	private String csv;

	public ImportKind getKind() {
		return this.kind;
	}

	public void setKind(ImportKind kind) {
		this.kind = kind;
	}

	public String getCsv() {
		return this.csv;
	}

	public void setCsv(String csv) {
		this.csv = csv;
	}

}
