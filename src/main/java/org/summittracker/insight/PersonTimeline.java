package org.summittracker.insight;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
import org.summittracker.summit.Attendance;

/**
 * A leader's offices and meetings over time: a lane per office held with a bar per
 * tenure, a lane for organization summits and one for other meetings, each a mark
 * coloured by what is known (attended, absent, ...). The table lists the same, with whom
 * they sent where they stayed away.
 */
public record PersonTimeline(Person person, TimeAxis axis, List<Lane> lanes, List<Attendance> attendances,
		Map<Long, Attendance> standIns) {

	static final int AXIS_HEIGHT = 28;

	static final int LANE_HEIGHT = 26;

	public int getHeight() {
		return AXIS_HEIGHT + this.lanes.size() * LANE_HEIGHT + 8;
	}

	/**
	 * Who was sent in this person's place to the summit of the given attendance row, if
	 * anyone.
	 */
	public Attendance standInFor(Attendance attendance) {
		return this.standIns.get(attendance.getSummit().getId());
	}

	/**
	 * A lane: an office's title ({@code label}) or, with {@code labelKey}, a message
	 * naming the kind of events.
	 */
	public record Lane(String label, String labelKey, double y, List<Bar> bars) {

		public double getTextY() {
			return this.y + 17;
		}

	}

	/** A tenure or an attendance drawn on its lane; {@code title} is its tooltip. */
	public record Bar(Tenure tenure, Attendance attendance, double x, double y, double width) {

		public String getCssClass() {
			if (this.tenure != null) {
				return this.tenure.isActing() ? "tenure tenure-acting" : "tenure";
			}
			return "event status-" + this.attendance.getStatus().name().toLowerCase(Locale.ROOT);
		}

	}

}
