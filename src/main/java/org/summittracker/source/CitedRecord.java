package org.summittracker.source;

import java.util.Map;

/**
 * The one record a citation states, by kind and id: {@code CitedRecord(NATION, 12)}. The
 * source module points at records by id, so it needs no association to every record
 * entity, and records never know their citations.
 *
 * @param kind what kind of record
 * @param id the record's row
 */
public record CitedRecord(Kind kind, long id) {

	/**
	 * The kinds of record a citation can state, each named by its request parameter
	 * ({@code ?nationName=9}), in the order the citation's columns are read.
	 */
	public enum Kind {

		NATION("nation"), NATION_NAME("nationName"), ORGANIZATION("organization"), OFFICE("office"), PERSON("person"),
		PERSON_NAME("personName"), MEMBERSHIP("membership"), TENURE("tenure"), SUMMIT("summit"),
		ATTENDANCE("attendance");

		private final String parameter;

		Kind(String parameter) {
			this.parameter = parameter;
		}

		/** The request parameter, and the kind's name in messages and 404 pages. */
		public String parameter() {
			return this.parameter;
		}

		/** The kind a request parameter names: {@code personName} is PERSON_NAME. */
		public static Kind ofParameter(String parameter) {
			for (Kind kind : values()) {
				if (kind.parameter.equals(parameter)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("No kind of record is called " + parameter);
		}

		/**
		 * Whether a citation of this kind may carry a claimed status (expected, attended,
		 * ...): only an attendance is expected or reported, the rest is stated.
		 */
		public boolean takesClaimedStatus() {
			return this == ATTENDANCE;
		}

	}

	/**
	 * The one record request parameters name ({@code ?nation=12}); empty when they name
	 * none or several.
	 * @throws NumberFormatException when the id is not a number
	 */
	public static java.util.Optional<CitedRecord> named(Map<String, String> parameters) {
		CitedRecord named = null;
		for (Kind kind : Kind.values()) {
			String id = parameters.get(kind.parameter());
			if (id != null) {
				if (named != null) {
					return java.util.Optional.empty();
				}
				named = new CitedRecord(kind, Long.parseLong(id));
			}
		}
		return java.util.Optional.ofNullable(named);
	}

	/** The query string naming this record: {@code nation=12}. */
	public String parameter() {
		return this.kind.parameter() + "=" + this.id;
	}

}
