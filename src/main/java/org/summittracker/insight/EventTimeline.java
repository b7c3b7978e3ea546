package org.summittracker.insight;

import java.util.List;
import java.util.Locale;

import org.summittracker.organization.Organization;
import org.summittracker.summit.Summit;

import org.springframework.data.domain.Page;

/**
 * Summits and meetings on a time axis: one lane per organization for its summits, one for
 * bilateral and multilateral meetings; optionally only one organization's summits and the
 * meetings on their sidelines. One decade at a time, at most {@link #PAGE_SIZE} a page,
 * with a navigator of the decades that hold any.
 */
public record EventTimeline(Organization selected, List<Organization> organizations, List<Decade> decades,
		Integer decade, TimeAxis axis, List<Lane> lanes, Page<Summit> summits) {

	/** The most summits one page of the timeline shows. */
	static final int PAGE_SIZE = 200;

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

	/** A decade of the navigator: its first year and how many summits began in it. */
	public record Decade(int from, long count) {

		public int getTo() {
			return this.from + 9;
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
