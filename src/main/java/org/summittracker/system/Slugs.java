package org.summittracker.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Readable, stable URL names: "Erdoğan–Putin talks in Astana" becomes
 * "erdogan-putin-talks-in-astana".
 */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = Normalizer.normalize(text.replace('ı', 'i').replace('ß', 's'), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

	/**
	 * The slug an editor typed, trimmed; or, when none was typed, one made from
	 * {@code text} and numbered ({@code -2}, {@code -3}, ...) while another record has it
	 * already.
	 * @param text the text to make a slug of, asked for only when none was typed
	 * @param taken whether another record has the slug
	 */
	public static String typedOrUnique(String typed, Supplier<String> text, Predicate<String> taken) {
		if (typed != null && !typed.isBlank()) {
			return typed.trim();
		}
		String base = of(text.get());
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * The slug an editor typed for the record {@code id} (null for a new one), or a free
	 * one made from {@code text}: free of every other record in {@code records}.
	 */
	public static String typedOrUnique(String typed, Supplier<String> text, SluggedRecordRepository<?> records,
			Long id) {
		long self = (id != null) ? id : 0;
		return typedOrUnique(typed, text, (slug) -> records.existsBySlugAndIdNot(slug, self));
	}

}
