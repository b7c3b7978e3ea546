package org.summittracker.system;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL names: "Erdoğan–Putin talks in Astana" becomes "erdogan-putin-talks-in-astana". */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = Normalizer.normalize(text.replace('ı', 'i').replace('ß', 's'), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

}
