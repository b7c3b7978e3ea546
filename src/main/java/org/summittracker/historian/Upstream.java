package org.summittracker.historian;

import java.time.LocalDate;

/** The records of the Office of the Historian's datasets, as read from their XML. */
final class Upstream {

	private Upstream() {
	}

	/** Which of the two datasets a record comes from. */
	enum Dataset {

		VISITS, TRAVELS

	}

	/** Where in the snapshot a record starts: its file and line. */
	record Origin(String file, int line) {

		@Override
		public String toString() {
			return this.file + ", line " + this.line;
		}

	}

	/** A record of either dataset: its number there, where it stands, what it says. */
	interface Entry {

		int id();

		Origin origin();

		/** The record's fields, joined: a change to any of them changes its hash. */
		String content();

	}

	/**
	 * A visit of a foreign leader to the United States ({@code visits/data/*.xml}).
	 */
	record Visit(int id, LocalDate start, LocalDate end, String visitor, String fromId, String fromName,
			String description, Origin origin) implements Entry {

		@Override
		public String content() {
			return String.join("\u001f", String.valueOf(this.id), this.start.toString(), this.end.toString(),
					this.visitor, this.fromId, this.fromName, this.description);
		}

	}

	/**
	 * A foreign trip of a U.S. President or Secretary of State
	 * ({@code travels/president-travels/*.xml}, {@code travels/secretary-travels/*.xml}).
	 */
	record Trip(int id, String role, String who, String name, LocalDate start, LocalDate end, String countryId,
			String countryName, String locale, String remarks, Origin origin) implements Entry {

		boolean president() {
			return "president".equals(this.role);
		}

		@Override
		public String content() {
			return String.join("\u001f", String.valueOf(this.id), this.role, this.who, this.name, this.start.toString(),
					this.end.toString(), this.countryId, this.countryName, this.locale, this.remarks);
		}

	}

	/** A President of the United States ({@code travels/presidents/presidents.xml}). */
	record President(String id, String name, LocalDate tookOffice, LocalDate leftOffice) {

		boolean inOfficeOn(LocalDate day) {
			return !day.isBefore(this.tookOffice) && (this.leftOffice == null || day.isBefore(this.leftOffice));
		}

	}

}
