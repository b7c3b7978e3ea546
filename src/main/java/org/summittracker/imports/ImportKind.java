package org.summittracker.imports;

import java.util.List;
import java.util.Optional;

/**
 * What a CSV file holds: the attendance rows of one summit, or nations' memberships of
 * organizations. Each kind names its columns (the header row), which of them every file
 * must have, and an example row or two for the template.
 */
public enum ImportKind {

	ATTENDANCE(new Layout("attendance.csv", 1_000_000,
			List.of(Column.required("summit"), Column.optional("person"), Column.optional("nation"),
					Column.optional("organization"), Column.required("capacity"), Column.optional("standing"),
					Column.required("status"), Column.optional("instead_of"), Column.optional("note")),
			List.of(List.of("sco-2024-astana", "Xi Jinping", "CN", "", "HEAD_OF_STATE", "MEMBER", "ATTENDED", "", ""),
					List.of("sco-2024-astana", "S. Jaishankar", "IND", "", "MINISTER", "MEMBER", "ATTENDED",
							"Narendra Modi", "Sent in place of the prime minister")))),

	MEMBERSHIPS(new Layout("memberships.csv", 400_000,
			List.of(Column.required("nation"), Column.required("organization"), Column.required("standing"),
					Column.optional("start"), Column.optional("end"), Column.optional("note")),
			List.of(List.of("Belarus", "SCO", "MEMBER", "2024-07-04", "", "Joined at the Astana summit"),
					List.of("TR", "SCO", "DIALOGUE_PARTNER", "2012", "", ""))));

	private final Layout layout;

	ImportKind(Layout layout) {
		this.layout = layout;
	}

	/** What a file of this kind looks like. */
	public Layout layout() {
		return this.layout;
	}

	/**
	 * The column a header cell names: case, spaces and dashes do not matter ("Instead of"
	 * is instead_of).
	 */
	public Optional<Column> column(String header) {
		String name = normalize(header);
		return this.layout.columns().stream().filter((c) -> c.name().equals(name)).findFirst();
	}

	static String normalize(String header) {
		return (header == null) ? "" : header.strip().toLowerCase().replaceAll("[\\s-]+", "_");
	}

	/**
	 * What a file of a kind looks like.
	 *
	 * @param templateName the file name the downloadable template is offered under
	 * @param maxBytes the largest file of this kind an editor may upload or paste, in
	 * UTF-8 bytes: room for {@link CsvFile#MAX_ROWS} rows with long notes (attendance) or
	 * short ones (memberships), and no more, so that a preview stays quick
	 * @param columns its columns
	 * @param example example rows in column order: documentation on the page, and the
	 * body of the template
	 */
	public record Layout(String templateName, int maxBytes, List<Column> columns, List<List<String>> example) {

		public List<String> columnNames() {
			return this.columns.stream().map(Column::name).toList();
		}

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
