package org.summittracker.imports;

import java.util.List;
import java.util.Optional;

/**
 * What a CSV file holds: the attendance rows of one summit, or nations' memberships of
 * organizations. Each kind names its columns (the header row), which of them every file
 * must have, and an example row or two for the template.
 */
public enum ImportKind {

	ATTENDANCE("attendance.csv", 1_000_000,
			List.of(Column.required("summit"), Column.optional("person"), Column.optional("nation"),
					Column.optional("organization"), Column.required("capacity"), Column.optional("standing"),
					Column.required("status"), Column.optional("instead_of"), Column.optional("note")),
			List.of(List.of("sco-2024-astana", "Xi Jinping", "CN", "", "HEAD_OF_STATE", "MEMBER", "ATTENDED", "", ""),
					List.of("sco-2024-astana", "S. Jaishankar", "IND", "", "MINISTER", "MEMBER", "ATTENDED",
							"Narendra Modi", "Sent in place of the prime minister"))),

	MEMBERSHIPS("memberships.csv", 400_000,
			List.of(Column.required("nation"), Column.required("organization"), Column.required("standing"),
					Column.optional("start"), Column.optional("end"), Column.optional("note")),
			List.of(List.of("Belarus", "SCO", "MEMBER", "2024-07-04", "", "Joined at the Astana summit"),
					List.of("TR", "SCO", "DIALOGUE_PARTNER", "2012", "", "")));

	private final String templateName;

	private final int maxBytes;

	private final List<Column> columns;

	private final List<List<String>> example;

	ImportKind(String templateName, int maxBytes, List<Column> columns, List<List<String>> example) {
		this.templateName = templateName;
		this.maxBytes = maxBytes;
		this.columns = columns;
		this.example = example;
	}

	/**
	 * The largest file of this kind an editor may upload or paste, in UTF-8 bytes: room
	 * for {@link CsvFile#MAX_ROWS} rows with long notes (attendance) or short ones
	 * (memberships), and no more, so that a preview stays quick.
	 */
	public int getMaxBytes() {
		return this.maxBytes;
	}

	/** The file name the downloadable template is offered under. */
	public String getTemplateName() {
		return this.templateName;
	}

	public List<Column> getColumns() {
		return this.columns;
	}

	public List<String> getColumnNames() {
		return this.columns.stream().map(Column::name).toList();
	}

	/**
	 * Example rows in column order: documentation on the page, and the body of the
	 * template.
	 */
	public List<List<String>> getExample() {
		return this.example;
	}

	/**
	 * The column a header cell names: case, spaces and dashes do not matter ("Instead of"
	 * is instead_of).
	 */
	public Optional<Column> column(String header) {
		String name = normalize(header);
		return this.columns.stream().filter((c) -> c.name().equals(name)).findFirst();
	}

	static String normalize(String header) {
		return (header == null) ? "" : header.strip().toLowerCase().replaceAll("[\\s-]+", "_");
	}

	/** A column of the file: its header name and whether every file must have it. */
	public record Column(String name, boolean required) {

		static Column required(String name) {
			return new Column(name, true);
		}

		static Column optional(String name) {
			return new Column(name, false);
		}

	}

}
