package org.summittracker.insight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The slugs a comparison URL names ({@code ?s=a&s=b}), blanks and repeats dropped, and
 * whether they are enough to compare: at least two, at most {@link #MAX}.
 */
public record Selection(List<String> slugs) {

	static final int MIN = 2;

	static final int MAX = 8;

	static Selection of(List<String> requested) {
		Set<String> slugs = new LinkedHashSet<>();
		if (requested != null) {
			requested.stream().filter((s) -> s != null && !s.isBlank()).map(String::trim).forEach(slugs::add);
		}
		return new Selection(List.copyOf(slugs));
	}

	public boolean tooFew() {
		return this.slugs.size() < MIN;
	}

	public boolean tooMany() {
		return this.slugs.size() > MAX;
	}

	/** Whether enough were chosen to compare, and not too many. */
	public boolean ready() {
		return !tooFew() && !tooMany();
	}

	/** The most that can be compared at once. */
	public int max() {
		return MAX;
	}

	/**
	 * What the form's selects show: every chosen slug, then one empty select to add
	 * another (at least two).
	 */
	public List<String> formValues() {
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
