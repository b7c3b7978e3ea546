package org.summittracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The citations behind one page, numbered by source in order of first use, the way a
 * reference list at the foot of an article works: each fact shows "[1] [2]" and the page
 * ends with the numbered sources.
 */
public final class Citations {

	private static final Citations NONE = new Citations(List.of());

	private final Map<Long, Integer> numbers = new LinkedHashMap<>();

	private final List<Source> sources = new ArrayList<>();

	private final Map<Long, List<Citation>> bySummit;

	private final Map<Long, List<Citation>> byAttendance;

	private final Map<Long, List<Citation>> byMembership;

	private final Map<Long, List<Citation>> byTenure;

	private Citations(List<Citation> citations) {
		for (Citation citation : citations) {
			Source source = citation.getSource();
			if (!this.numbers.containsKey(source.getId())) {
				this.numbers.put(source.getId(), this.numbers.size() + 1);
				this.sources.add(source);
			}
		}
		this.bySummit = group(citations, Citation::getSummitId);
		this.byAttendance = group(citations, Citation::getAttendanceId);
		this.byMembership = group(citations, Citation::getMembershipId);
		this.byTenure = group(citations, Citation::getTenureId);
	}

	public static Citations of(List<Citation> citations) {
		return new Citations(citations);
	}

	public static Citations none() {
		return NONE;
	}

	private static Map<Long, List<Citation>> group(List<Citation> citations, Function<Citation, Long> key) {
		Map<Long, List<Citation>> grouped = new LinkedHashMap<>();
		for (Citation citation : citations) {
			Long id = key.apply(citation);
			if (id != null) {
				grouped.computeIfAbsent(id, (k) -> new ArrayList<>()).add(citation);
			}
		}
		return grouped;
	}

	/** The numbered reference list, in order of first use. */
	public List<Source> getSources() {
		return this.sources;
	}

	public int number(Source source) {
		return this.numbers.getOrDefault(source.getId(), 0);
	}

	public List<Citation> forSummit(Long id) {
		return this.bySummit.getOrDefault(id, List.of());
	}

	public List<Citation> forAttendance(Long id) {
		return this.byAttendance.getOrDefault(id, List.of());
	}

	public List<Citation> forMembership(Long id) {
		return this.byMembership.getOrDefault(id, List.of());
	}

	public List<Citation> forTenure(Long id) {
		return this.byTenure.getOrDefault(id, List.of());
	}

	/**
	 * The ids of some facts, or a list no row matches when there are none (an empty IN
	 * list is not portable).
	 */
	public static Collection<Long> idsOrNone(Collection<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
