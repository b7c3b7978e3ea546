package org.summittracker.pages;

import java.time.LocalDate;

import org.summittracker.source.DataHorizon;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the date its data is known as of ({@link DataHorizon}), for the pages
 * that speak of "today" or "current" to say it.
 */
@ControllerAdvice
class DataAsOfAdvice {

	private final DataHorizon horizon;

	DataAsOfAdvice(DataHorizon horizon) {
		this.horizon = horizon;
	}

	@ModelAttribute("dataAsOf")
	LocalDate dataAsOf() {
		return this.horizon.asOf();
	}

}
