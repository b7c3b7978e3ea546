package org.summittracker.insight;

import java.util.List;
import java.util.Locale;

import org.summittracker.organization.Organization;
import org.summittracker.summit.Summit;

/**
 * Summits and meetings on a time axis: one lane per organization for its summits, one for
 * bilateral and multilateral meetings; optionally only one organization's summits and the
 * meetings on their sidelines.
 */
public record EventTimeline(Organization selected, List<Organization> organizations, TimeAxis axis, List<Lane> lanes,
		List<Summit> summits) {

	static final int AXIS_HEIGHT = 28;

	static final int LANE_HEIGHT = 28;

	public int getHeight() {
		return AXIS_HEIGHT + this.lanes.size() * LANE_HEIGHT + 8;
	}

	/**
	 * One row of the drawing: an organization's summits, or
	 * ({@code organization == null}) the meetings.
	 */
	public record Lane(Organization organization, double y, List<Mark> marks) {

		public double getTextY() {
			return this.y + 18;
		}

	}

	/** A summit or meeting drawn from its first to its last day. */
	public record Mark(Summit summit, double x, double y, double width) {

		public String getCssClass() {
			return "event-" + this.summit.getKind().name().toLowerCase(Locale.ROOT) + " status-"
					+ this.summit.getStatus().name().toLowerCase(Locale.ROOT);
		}

	}

}
