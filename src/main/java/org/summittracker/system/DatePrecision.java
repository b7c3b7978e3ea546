package org.summittracker.system;

/** How much of a date is known: a day, a month or only a year. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
