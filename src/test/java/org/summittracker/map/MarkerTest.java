package org.summittracker.map;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A marker's coordinates as the SVG attributes write them. */
class MarkerTest {

	@Test
	void coordinatesAreWrittenAsFormatWritesTwoDecimals() {
		assertThat(Marker.unit(102.96)).isEqualTo("102.96");
		assertThat(Marker.unit(51.1)).isEqualTo("51.10");
		assertThat(Marker.unit(0)).isEqualTo("0.00");
		assertThat(Marker.unit(251.425)).isEqualTo("251.43");
		assertThat(Marker.unit(-1.3)).isEqualTo("-1.30");
		Random random = new Random(42);
		for (int i = 0; i < 100_000; i++) {
			double value = -10 + 380 * random.nextDouble();
			if (i % 2 == 0) {
				value = Math.round(value * 100_000) / 100_000.0 + ((i % 4 == 0) ? 4.4 : 0);
			}
			if (value < 0 && value > -0.005) {
				continue; // format writes "-0.00", the marker "0.00": the same point
			}
			assertThat(Marker.unit(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
		}
	}

}
