package org.summittracker.summit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How complete the organization summits' rosters are, by summit slug: what an answer
 * built on attendance ("the only leader at both", "present at all of them") rests on. An
 * answer over a summit whose roster is incomplete says so.
 */
public final class Rosters {

	private static final Rosters NONE = new Rosters(Map.of());

	private final Map<String, RosterCount> bySlug;

	private Rosters(Map<String, RosterCount> bySlug) {
		this.bySlug = bySlug;
	}

	public static Rosters of(Collection<RosterCount> counts) {
		return new Rosters(counts.stream().collect(Collectors.toMap((r) -> r.summit().slug(), Function.identity())));
	}

	public static Rosters none() {
		return NONE;
	}

	/**
	 * The roster count of an organization summit, or {@code null} for another meeting.
	 */
	public RosterCount of(String slug) {
		return this.bySlug.get(slug);
	}

	/** The summits among {@code slugs} whose rosters miss member delegations. */
	public List<RosterCount> incomplete(Collection<String> slugs) {
		return slugs.stream().map(this.bySlug::get).filter(Objects::nonNull).filter((r) -> !r.complete()).toList();
	}

	/** The summits of the bridge whose rosters miss member delegations. */
	public List<RosterCount> incomplete(Bridge bridge) {
		return incomplete(List.of(bridge.firstSlug(), bridge.secondSlug()));
	}

}
