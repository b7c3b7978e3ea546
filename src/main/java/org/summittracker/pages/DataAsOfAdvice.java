package org.summittracker.pages;

import java.time.Clock;
import java.time.LocalDate;

import org.summittracker.source.DataHorizon;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the date its data is known as of ({@link DataHorizon}), for the pages
 * that speak of "today" or "current" to say it, and today's date, for the pages that say
 * when an announced summit's dates have passed without a report of it.
 */
@ControllerAdvice
record DataAsOfAdvice(DataHorizon horizon, Clock clock) {

	@ModelAttribute("dataAsOf")
	LocalDate dataAsOf() {
		return this.horizon.asOf();
	}

	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
