package org.summittracker.pages.summit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.summit.Attendance;

/**
 * How complete an organization summit's roster is: the nations that were full members on
 * some day of it, and those of them with no delegation row at all. A member with no row
 * is <em>not recorded</em>: nothing is known of its delegation, which is not the same as
 * a member that stayed away (a row with the status absent).
 */
public record Delegations(List<Nation> members, List<Nation> notRecorded) {

	static Delegations of(Collection<Membership> members, Collection<Attendance> roster) {
		Set<Long> recorded = roster.stream()
			.filter((a) -> a.getNation() != null)
			.map((a) -> a.getNation().getId())
			.collect(Collectors.toSet());
		Map<Long, Nation> nations = new LinkedHashMap<>();
		members.forEach((m) -> nations.putIfAbsent(m.getNation().getId(), m.getNation()));
		List<Nation> all = List.copyOf(nations.values());
		return new Delegations(all, all.stream().filter((n) -> !recorded.contains(n.getId())).toList());
	}

	public int recorded() {
		return this.members.size() - this.notRecorded.size();
	}

	public boolean complete() {
		return this.notRecorded.isEmpty();
	}

}
