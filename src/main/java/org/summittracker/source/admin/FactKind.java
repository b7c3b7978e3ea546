package org.summittracker.source.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The kinds of fact a citation can state, each named by its request parameter:
 * {@code ?attendance=42}.
 */
public enum FactKind {

	SUMMIT("summit"), ATTENDANCE("attendance"), MEMBERSHIP("membership"), TENURE("tenure");

	private final String parameter;

	FactKind(String parameter) {
		this.parameter = parameter;
	}

	/** The request parameter, and the kind's name in the history and 404 pages. */
	public String parameter() {
		return this.parameter;
	}

	/**
	 * Whether a citation of this kind of fact may carry a claimed status (expected,
	 * attended, ...).
	 */
	boolean takesClaimedStatus() {
		return this == ATTENDANCE;
	}

	/** The one fact a request names; a link naming none or several is malformed (400). */
	static FactRef pick(Long summit, Long attendance, Long membership, Long tenure) {
		FactRef picked = null;
		int named = 0;
		for (FactRef ref : new FactRef[] { ref(SUMMIT, summit), ref(ATTENDANCE, attendance),
				ref(MEMBERSHIP, membership), ref(TENURE, tenure) }) {
			if (ref != null) {
				picked = ref;
				named++;
			}
		}
		if (named != 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Name exactly one fact: ?summit=, ?attendance=, ?membership= or ?tenure=");
		}
		return picked;
	}

	private static FactRef ref(FactKind kind, Long id) {
		return (id != null) ? new FactRef(kind, id) : null;
	}

	/** One fact by kind and id, before it is looked up. */
	record FactRef(FactKind kind, long id) {

	}

}
