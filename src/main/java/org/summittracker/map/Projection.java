package org.summittracker.map;

import java.math.BigDecimal;

/**
 * The map's equirectangular projection, the same one {@code static/map/world.svg} was
 * drawn in: one unit per degree, x = longitude + 180 (0 at the antimeridian, west edge),
 * y = 90 - latitude (0 at the North Pole).
 */
final class Projection {

	static final int WIDTH = 360;

	static final int HEIGHT = 180;

	private Projection() {
	}

	static double x(BigDecimal longitude) {
		return longitude.doubleValue() + 180;
	}

	static double y(BigDecimal latitude) {
		return 90 - latitude.doubleValue();
	}

}
