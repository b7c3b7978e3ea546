package org.summittracker.map;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;

/**
 * A summit's point on the map, in map units (see {@link Projection}). Summits at (nearly)
 * the same place are spread on a small ring around it, so each keeps a marker a pointer
 * can reach.
 *
 * @param x where the marker is drawn
 * @param y where the marker is drawn
 * @param labelEnd whether the focus label ends at the marker (near the map's east edge)
 * rather than starting there
 * @param crowded whether it shares a ring with others (drawn smaller, so the ring stays
 * within the place's country)
 */
public record Marker(Summit summit, double x, double y, boolean labelEnd, boolean crowded) {

	/**
	 * Text for an SVG attribute: "251.43", whatever the locale; as
	 * {@code String.format(Locale.ROOT, "%.2f", value)} writes it (half up from the
	 * shortest decimal of the value), at a fraction of its cost: the page writes six per
	 * marker.
	 */
	static String unit(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	public String cx() {
		return unit(this.x);
	}

	public String cy() {
		return unit(this.y);
	}

	/**
	 * Where the focus label's first line starts: beside the marker, below it near the top
	 * edge.
	 */
	public String labelX() {
		return unit(this.labelEnd ? this.x - 2 * WorldMap.RADIUS : this.x + 2 * WorldMap.RADIUS);
	}

	public String labelY() {
		return unit((this.y < 12) ? this.y + 6 : this.y - 1);
	}

	/** The latitude as stored, without trailing zeros: "51.17". */
	public String latitude() {
		return this.summit.getLatitude().stripTrailingZeros().toPlainString();
	}

	public String longitude() {
		return this.summit.getLongitude().stripTrailingZeros().toPlainString();
	}

	/** The marker's radius: a meeting's is smaller than a summit's. */
	public String r() {
		double scale = this.crowded ? WorldMap.CROWDED_SCALE : 1;
		return unit((isMeeting() ? WorldMap.RADIUS * 0.75 : WorldMap.RADIUS) * scale);
	}

	public boolean isMeeting() {
		return this.summit.getKind() != SummitKind.ORGANIZATION_SUMMIT;
	}

	/**
	 * The host, as "Astana, Kazakhstan": the city and the host nation, whichever are
	 * known.
	 */
	public String host() {
		return host(this.summit);
	}

	static String host(Summit summit) {
		String nation = (summit.getHostNation() != null) ? summit.getHostNation().getName() : null;
		if (summit.getCity() == null) {
			return (nation != null) ? nation : "";
		}
		return (nation != null) ? summit.getCity() + ", " + nation : summit.getCity();
	}

}
