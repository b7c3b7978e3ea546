package org.summittracker.insight;

import java.util.List;
import java.util.Locale;

import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.Summit;

/**
 * Nations (and organizations represented) by summits: in each cell the nation's standing
 * in the summit's organization on its first day (and last, where it changed) and who came
 * for it. Either one organization's summits ({@code organization} set) or every
 * organization's summits in one year ({@code year} set).
 */
public record AttendanceMatrix(Organization organization, Integer year, List<Summit> summits, List<Row> rows,
		List<Integer> years, Columns columns) {

	/** The most summit columns a matrix shows at once; the others are a page away. */
	public static final int COLUMNS = 20;

	public boolean byYear() {
		return this.organization == null;
	}

	/**
	 * Which of the matrix's summits the page shows: page {@code page} of {@code pages},
	 * summits {@code first} to {@code last} (counted from 1, oldest first) of
	 * {@code total}.
	 */
	public record Columns(int page, int pages, int first, int last, int total) {

		/**
		 * The window of at most {@link #COLUMNS} summits a page shows: the one asked for,
		 * or, without one, the newest for a series (its pages counted back from the
		 * newest, so the one a reader lands on is full) and the first for a year; a page
		 * past either end shows the nearest.
		 */
		static Columns of(int total, Integer requested, boolean newestFirst) {
			int pages = Math.max(1, (total + COLUMNS - 1) / COLUMNS);
			int page = (requested == null) ? (newestFirst ? pages : 1) : Math.min(Math.max(requested, 1), pages);
			int last = newestFirst ? total - (pages - page) * COLUMNS : Math.min(page * COLUMNS, total);
			int first = newestFirst ? Math.max(last - COLUMNS + 1, 1) : (page - 1) * COLUMNS + 1;
			return new Columns(page, pages, Math.min(first, total), last, total);
		}

		<T> List<T> of(List<T> all) {
			return all.subList(Math.max(this.first - 1, 0), this.last);
		}

		public boolean paged() {
			return this.pages > 1;
		}

	}

	/**
	 * One nation, or one organization represented at the summits, with one cell per
	 * summit column.
	 */
	public record Row(Nation nation, Organization represented, List<Cell> cells) {

		String sortName() {
			return (this.nation != null) ? this.nation.getName() : this.represented.getName();
		}

		/**
		 * The rank of its highest standing in any column: members first, guests and
		 * organizations last.
		 */
		int rank() {
			return this.cells.stream().mapToInt(Cell::rank).min().orElse(Integer.MAX_VALUE);
		}

	}

	/**
	 * What the matrix shows for one nation at one summit: its standing on the first and
	 * last day ({@code null} without a membership), the standing recorded with the
	 * attendance otherwise, and everyone who was listed.
	 */
	public record Cell(Standing standing, Standing standingAtEnd, AttendanceStanding recordedStanding,
			List<Attendance> attendances) {

		/**
		 * Whether the standing changed during the summit (Belarus: acceding on the first
		 * day, member on the last).
		 */
		public boolean changed() {
			return this.standing != null && this.standingAtEnd != null && this.standing != this.standingAtEnd;
		}

		public boolean isEmpty() {
			return this.standing == null && this.standingAtEnd == null && this.recordedStanding == null
					&& this.attendances.isEmpty();
		}

		/** The message key of the standing to show, or {@code null}. */
		public String standingKey() {
			Standing shown = (this.standing != null) ? this.standing : this.standingAtEnd;
			if (shown != null) {
				return "enum.Standing." + shown.name();
			}
			return (this.recordedStanding != null) ? "insight.matrix.recorded." + this.recordedStanding.name() : null;
		}

		/** The CSS class that colours the cell by its standing. */
		public String standingClass() {
			Standing shown = latest();
			if (shown != null) {
				return "standing-" + shown.name().toLowerCase(Locale.ROOT);
			}
			if (this.recordedStanding != null) {
				return "standing-" + this.recordedStanding.name().toLowerCase(Locale.ROOT);
			}
			return "standing-none";
		}

		private Standing latest() {
			return (this.standingAtEnd != null) ? this.standingAtEnd : this.standing;
		}

		int rank() {
			Standing shown = latest();
			if (shown != null) {
				return shown.ordinal();
			}
			return (this.recordedStanding == AttendanceStanding.ORGANIZATION) ? Standing.values().length + 1
					: Standing.values().length;
		}

	}

}
