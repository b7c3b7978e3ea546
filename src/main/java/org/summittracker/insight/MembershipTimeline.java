package org.summittracker.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;

/**
 * An organization's membership over time: one lane per nation with a bar per standing
 * (observer, acceding, member, ...), and the number of full members after each change, as
 * a table and as chart data.
 */
public record MembershipTimeline(Organization organization, TimeAxis axis, List<Lane> lanes, List<CountStep> counts,
		String chartJson, LocalDate today) {

	static final int AXIS_HEIGHT = 28;

	static final int LANE_HEIGHT = 22;

	public int getHeight() {
		return AXIS_HEIGHT + this.lanes.size() * LANE_HEIGHT + 8;
	}

	public long currentMembers() {
		return this.counts.isEmpty() ? 0 : this.counts.get(this.counts.size() - 1).members();
	}

	/** One nation's standings in order, drawn at height {@code y}. */
	public record Lane(Nation nation, double y, List<Bar> bars) {

		public double getTextY() {
			return this.y + 15;
		}

	}

	/**
	 * One standing as a bar; an unknown start is drawn from the axis start and marked as
	 * such.
	 */
	public record Bar(Membership membership, double x, double y, double width) {

		public String getCssClass() {
			return "standing-" + this.membership.getStanding().name().toLowerCase(Locale.ROOT)
					+ ((this.membership.getStart() == null) ? " start-unknown" : "");
		}

	}

	/**
	 * The number of full members from {@code date} on, and who joined or left that day.
	 */
	public record CountStep(LocalDate date, long members, List<Nation> joined, List<Nation> left) {

	}

}
