package org.summittracker.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.summittracker.summit.Summit;

/**
 * What the map page shows: a marker for each summit with a place, and the summits in the
 * selection without one.
 *
 * @param markers in drawing order, oldest first: the newest {@link #MARKERS} of the
 * selection at most
 * @param unplaced summits the map cannot show yet, oldest first: the newest
 * {@link #UNPLACED} at most
 * @param counts how many of the selection have a place, and how many in all
 */
public record WorldMap(List<Marker> markers, List<Summit> unplaced, MapCounts counts) {

	/** The most markers (and rows of the table of places) the map shows. */
	public static final int MARKERS = 100;

	/** The most summits without a place the map lists. */
	public static final int UNPLACED = 50;

	/** Whether there are more places in the selection than the map shows. */
	public boolean isCapped() {
		return this.counts.placed() > this.markers.size() || this.counts.unplaced() > this.unplaced.size();
	}

	/**
	 * The SVG view box: the whole width, and the height down to the lowest marker,
	 * Antarctica cut off if none.
	 */
	public String viewBox() {
		double lowest = this.markers.stream().mapToDouble(Marker::y).max().orElse(0) + 2 * RADIUS;
		return "0 0 " + Projection.WIDTH + " " + (int) Math.ceil(Math.min(Projection.HEIGHT, Math.max(BOTTOM, lowest)));
	}

	/**
	 * Markers closer than this (in degrees) would hide one another, so they share a ring.
	 */
	static final double CROWDED = 3.5;

	/**
	 * The smallest ring's radius, in degrees: small enough that the markers of one city
	 * stay in its country, as their smaller size ({@link #CROWDED_SCALE}) allows.
	 */
	static final double RING = 1.4;

	/** Markers that share a ring are drawn this much smaller, so the ring stays tight. */
	static final double CROWDED_SCALE = 0.6;

	/**
	 * A summit marker's radius, in degrees (a meeting's is smaller); see
	 * {@link Marker#r()}.
	 */
	static final double RADIUS = 2.2;

	/**
	 * The map shows the world down to this y (latitude -66), further only where a marker
	 * lies below.
	 */
	static final double BOTTOM = 156;

	/**
	 * Beyond this x a focus label would run off the east edge, so it ends at the marker
	 * instead.
	 */
	static final double LABEL_END_FROM = Projection.WIDTH - 110;

	/** The map of these summits, each list newest first as read, drawn oldest first. */
	static WorldMap of(List<Summit> placedNewestFirst, List<Summit> unplacedNewestFirst, MapCounts counts) {
		List<Summit> placed = new ArrayList<>(placedNewestFirst);
		List<Summit> unplaced = new ArrayList<>(unplacedNewestFirst);
		Collections.reverse(placed);
		Collections.reverse(unplaced);
		return new WorldMap(spread(placed), List.copyOf(unplaced), counts);
	}

	/**
	 * Groups markers that would overlap (each joins the first group whose centre is near)
	 * and rings each group.
	 */
	private static List<Marker> spread(List<Summit> placed) {
		List<List<Summit>> groups = new ArrayList<>();
		List<double[]> centres = new ArrayList<>();
		for (Summit summit : placed) {
			double x = Projection.x(summit.getLongitude());
			double y = Projection.y(summit.getLatitude());
			int group = -1;
			for (int i = 0; i < centres.size() && group < 0; i++) {
				if (Math.hypot(centres.get(i)[0] - x, centres.get(i)[1] - y) < CROWDED) {
					group = i;
				}
			}
			if (group < 0) {
				groups.add(new ArrayList<>(List.of(summit)));
				centres.add(new double[] { x, y });
			}
			else {
				groups.get(group).add(summit);
			}
		}
		List<Marker> markers = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			List<Summit> group = groups.get(g);
			double[] centre = centres.get(g);
			for (int i = 0; i < group.size(); i++) {
				double x = centre[0];
				double y = centre[1];
				if (group.size() > 1) {
					double angle = -Math.PI / 2 + 2 * Math.PI * i / group.size();
					double radius = Math.max(RING, RADIUS * CROWDED_SCALE * 1.1 * group.size() / Math.PI);
					x += radius * Math.cos(angle);
					y += radius * Math.sin(angle);
				}
				markers.add(new Marker(group.get(i), x, y, x > LABEL_END_FROM, group.size() > 1));
			}
		}
		markers.sort((a, b) -> {
			int byDate = a.summit().getStartDate().compareTo(b.summit().getStartDate());
			return (byDate != 0) ? byDate : a.summit().getName().compareTo(b.summit().getName());
		});
		return markers;
	}

}
