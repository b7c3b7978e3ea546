package org.summittracker.insight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The slugs a comparison URL names ({@code ?s=a&s=b}), blanks and repeats dropped, and
 * whether they are enough to compare: at least two, at most {@link #MAX}.
 */
record Selection(List<String> slugs) {

	static final int MIN = 2;

	static final int MAX = 8;

	static Selection of(List<String> requested) {
		Set<String> slugs = new LinkedHashSet<>();
		if (requested != null) {
			requested.stream().filter((s) -> s != null && !s.isBlank()).map(String::trim).forEach(slugs::add);
		}
		return new Selection(List.copyOf(slugs));
	}

	boolean tooFew() {
		return this.slugs.size() < MIN;
	}

	boolean tooMany() {
		return this.slugs.size() > MAX;
	}

	/**
	 * What the form's selects show: every chosen slug, then one empty select to add
	 * another (at least two).
	 */
	List<String> formValues() {
		List<String> values = new ArrayList<>(this.slugs.subList(0, Math.min(this.slugs.size(), MAX)));
		if (values.size() < MAX) {
			values.add("");
		}
		while (values.size() < MIN) {
			values.add("");
		}
		return values;
	}

}
