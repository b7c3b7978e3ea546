package org.summittracker.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps dates onto the horizontal axis of a server-drawn SVG timeline: a label column on
 * the left, then whole years from the first of January of the first year to the end of
 * the last. Coordinates are in viewBox units.
 */
public final class TimeAxis {

	/** Width of the whole drawing in viewBox units. */
	public static final int WIDTH = 1000;

	/** Width of the label column on the left. */
	public static final int LABEL_WIDTH = 200;

	private static final int RIGHT_MARGIN = 16;

	private static final int MAX_TICKS = 14;

	private final LocalDate from;

	private final LocalDate to;

	private TimeAxis(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	/** An axis covering both days, in whole years. */
	static TimeAxis spanning(LocalDate first, LocalDate last) {
		LocalDate start = first.withDayOfYear(1);
		LocalDate end = (last.isBefore(first) ? first : last).withDayOfYear(1).plusYears(1);
		return new TimeAxis(start, end);
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	/** Where a day lies, clamped to the axis. */
	public double x(LocalDate day) {
		LocalDate clamped = day.isBefore(this.from) ? this.from : day.isAfter(this.to) ? this.to : day;
		double share = (double) ChronoUnit.DAYS.between(this.from, clamped)
				/ ChronoUnit.DAYS.between(this.from, this.to);
		return round(LABEL_WIDTH + share * (WIDTH - LABEL_WIDTH - RIGHT_MARGIN));
	}

	/**
	 * The width of the period from one day to another, at least {@code minimum} so a
	 * one-day event shows.
	 */
	public double width(LocalDate start, LocalDate end, double minimum) {
		return round(Math.max(x(end) - x(start), minimum));
	}

	public int getWidth() {
		return WIDTH;
	}

	/**
	 * Year marks: every year on a short axis, every 2, 5, 10 or 25 years on a longer one.
	 */
	public List<Tick> getTicks() {
		int firstYear = this.from.getYear();
		int years = this.to.getYear() - firstYear;
		int step = 1;
		for (int candidate : new int[] { 1, 2, 5, 10, 25, 50 }) {
			step = candidate;
			if (years / candidate <= MAX_TICKS) {
				break;
			}
		}
		List<Tick> ticks = new ArrayList<>();
		int year = (firstYear % step == 0) ? firstYear : firstYear + (step - firstYear % step);
		for (; year < this.to.getYear(); year += step) {
			ticks.add(new Tick(x(LocalDate.of(year, 1, 1)), year));
		}
		return ticks;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public record Tick(double x, int year) {

	}

}
