package org.summittracker.insight;

import java.util.Comparator;
import java.util.List;

import org.summittracker.person.Person;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.RosterCount;
import org.summittracker.summit.Summit;

/**
 * Two or more summits side by side: for each person (or nation or organization named
 * without a person), what is recorded of them at each summit. Those present at every one
 * of them come first. Where a compared summit's roster misses member delegations, the
 * answer says it rests on an incomplete roster.
 */
public record SummitComparison(List<Summit> summits, List<Row> rows, Selection selection, List<SummitChoice> choices,
		String words, List<RosterCount> incompleteRosters) {

	/**
	 * The most summits the form offers to choose from (the chosen ones, then the newest
	 * or those matching the typed words).
	 */
	public static final int CHOICES = 100;

	static final Comparator<Row> ORDER = Comparator.comparing(Row::presentAtAll)
		.reversed()
		.thenComparing(Comparator.comparingLong(Row::presentAt).reversed())
		.thenComparing(Row::sortName, String.CASE_INSENSITIVE_ORDER);

	public long presentAtAllCount() {
		return this.rows.stream().filter(Row::presentAtAll).count();
	}

	/**
	 * One person (or a nation or organization listed without a person) and their
	 * attendance rows, one list per compared summit in the order of {@link #summits()}; a
	 * list is empty where nothing is recorded.
	 */
	public record Row(Person person, Nation nation, Organization organization, List<List<Attendance>> cells) {

		/** Present (attended, or expected to) at every compared summit. */
		public boolean presentAtAll() {
			return this.cells.stream().allMatch(Row::present);
		}

		public long presentAt() {
			return this.cells.stream().filter(Row::present).count();
		}

		String sortName() {
			if (this.person != null) {
				return this.person.getSortName();
			}
			return (this.nation != null) ? this.nation.getName() : this.organization.getName();
		}

		private static boolean present(List<Attendance> cell) {
			return cell.stream().anyMatch((a) -> !a.isAbsence());
		}

	}

}
