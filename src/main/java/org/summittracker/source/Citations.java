package org.summittracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.summittracker.source.CitedRecord.Kind;

/**
 * The citations behind one page, numbered by source in order of first use, the way a
 * reference list at the foot of an article works: each record shows "[1] [2]" and the
 * page ends with the numbered sources.
 */
public final class Citations {

	private static final Citations NONE = new Citations(List.of());

	private final Map<Long, Integer> numbers = new LinkedHashMap<>();

	private final List<Source> sources = new ArrayList<>();

	private final Map<CitedRecord, List<Citation>> byRecord = new LinkedHashMap<>();

	private Citations(List<Citation> citations) {
		for (Citation citation : citations) {
			Source source = citation.getSource();
			if (!this.numbers.containsKey(source.getId())) {
				this.numbers.put(source.getId(), this.numbers.size() + 1);
				this.sources.add(source);
			}
			this.byRecord.computeIfAbsent(citation.getCited(), (k) -> new ArrayList<>()).add(citation);
		}
	}

	public static Citations of(List<Citation> citations) {
		return new Citations(citations);
	}

	public static Citations none() {
		return NONE;
	}

	/**
	 * The ids of the records a page shows, for {@link CitationRepository#findFor(Map)}.
	 */
	public static <T> List<Long> ids(Collection<T> records, Function<T, Long> id) {
		return records.stream().map(id).toList();
	}

	/** The numbered reference list, in order of first use. */
	public List<Source> getSources() {
		return this.sources;
	}

	public int number(Source source) {
		return this.numbers.getOrDefault(source.getId(), 0);
	}

	/**
	 * The citations of one record, oldest first.
	 * @param kind the record's kind as its request parameter names it: {@code nation},
	 * {@code personName}, {@code attendance}, ...
	 */
	public List<Citation> of(String kind, Long id) {
		if (id == null) {
			return List.of();
		}
		return this.byRecord.getOrDefault(new CitedRecord(Kind.ofParameter(kind), id), List.of());
	}

}
