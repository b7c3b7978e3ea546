package org.summittracker.system;

import java.time.LocalDate;

/**
 * What a relationship's start and end dates mean, for memberships and tenures alike
 * (Popolo's start_date and end_date): it holds from the first day of the start's period
 * through the last day of the end's period, both inclusive. "2019 – 2024" runs from 1
 * January 2019 through 31 December 2024, "until July 2024" through 31 July 2024, "until 3
 * July 2024" through 3 July 2024; a standing that follows another starts the day after it
 * ends. A missing start is unknown and a missing end still lasting: both open. The
 * database reads an end the same way, through {@code partial_date_last_day(date,
 * precision)}.
 */
public record PartialPeriod(PartialDate start, PartialDate end) {

	/** The first day it holds; null when the start is not known. */
	public LocalDate firstDay() {
		return (this.start != null) ? this.start.getDate() : null;
	}

	/** The last day it holds; null while it lasts. */
	public LocalDate lastDay() {
		return (this.end != null) ? this.end.latestDay() : null;
	}

	/**
	 * The first day it no longer holds (the day after its last), where a drawing or a
	 * count changes; null while it lasts.
	 */
	public LocalDate dayAfter() {
		return (this.end != null) ? this.end.latestDay().plusDays(1) : null;
	}

	/**
	 * Whether the end's last day falls before the start's first day: "2023" cannot end a
	 * period from 4 July 2024, "2024" can.
	 */
	public boolean endsBeforeItStarts() {
		return this.start != null && this.end != null && lastDay().isBefore(firstDay());
	}

	/** Whether it holds on the given day, its first and last day included. */
	public boolean includes(LocalDate day) {
		return (this.start == null || !firstDay().isAfter(day)) && (this.end == null || !lastDay().isBefore(day));
	}

	/**
	 * Whether the two share a day: the rule the database keeps as membership_no_overlap.
	 * A period that ends before it starts holds no day.
	 */
	public boolean overlaps(PartialPeriod other) {
		if (endsBeforeItStarts() || other.endsBeforeItStarts()) {
			return false;
		}
		return (this.start == null || other.end == null || !firstDay().isAfter(other.lastDay()))
				&& (other.start == null || this.end == null || !other.firstDay().isAfter(lastDay()));
	}

}
