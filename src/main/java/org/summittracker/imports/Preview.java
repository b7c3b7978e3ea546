package org.summittracker.imports;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A CSV file checked row by row, nothing written: every row with its line and every
 * reason it cannot be imported, and what is wrong with the file as a whole. Only a
 * preview without any problem may be imported.
 *
 * @param kind what the file holds
 * @param header the header cells as the file has them
 * @param rows every row of the file
 * @param problems what makes the whole file unusable (unreadable, columns missing)
 * @param target where the imported rows are shown: the summit's page or the
 * organization's
 */
public record Preview(ImportKind kind, List<String> header, List<Row> rows, List<MessageSourceResolvable> problems,
		String target) {

	public boolean isImportable() {
		return this.problems.isEmpty() && !this.rows.isEmpty() && getBadRows() == 0;
	}

	public long getBadRows() {
		return this.rows.stream().filter(Row::isBad).count();
	}

	/**
	 * One row of the file as read, with its problems.
	 *
	 * @param line the line of the file the row starts on
	 * @param values the values under the header's columns
	 */
	public record Row(int line, List<String> values, List<Problem> problems) {

		public boolean isBad() {
			return !this.problems.isEmpty();
		}

	}

	/**
	 * Why a row cannot be imported, and the column to fix (null when the whole row is at
	 * fault).
	 */
	public record Problem(String column, MessageSourceResolvable message) {

	}

}
