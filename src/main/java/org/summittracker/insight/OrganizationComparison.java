package org.summittracker.insight;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;

/**
 * Two or more organizations side by side: every nation with a standing in any of them
 * today, and its standing in each. Nations in all of them come first.
 */
public record OrganizationComparison(List<Organization> organizations, List<Row> rows, Selection selection,
		List<Organization> choices, LocalDate on) {

	static final Comparator<Row> ORDER = Comparator.comparing(Row::inAll)
		.reversed()
		.thenComparing(Comparator.comparingLong(Row::count).reversed())
		.thenComparing((row) -> row.nation().getName(), String.CASE_INSENSITIVE_ORDER);

	public long inAllCount() {
		return this.rows.stream().filter(Row::inAll).count();
	}

	/**
	 * A nation and its standing in each compared organization, in their order;
	 * {@code null} where it has none.
	 */
	public record Row(Nation nation, List<Membership> standings) {

		public boolean inAll() {
			return this.standings.stream().allMatch(Objects::nonNull);
		}

		public long count() {
			return this.standings.stream().filter(Objects::nonNull).count();
		}

	}

}
