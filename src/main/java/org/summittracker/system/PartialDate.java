package org.summittracker.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date known to the day, the month or only the year, as sources give them ("2024",
 * "July 2024", "3 July 2024"). Stored as the first day of the period plus its precision.
 * Entities map the two columns with attribute overrides. A start is read at its first day
 * ({@link #getDate()}), an end at its last ({@link #latestDay()}): see
 * {@link PartialPeriod}.
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

	private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	@Column(name = "date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "precision")
	private DatePrecision precision;

	protected PartialDate() {
	}

	private PartialDate(LocalDate date, DatePrecision precision) {
		this.date = Objects.requireNonNull(date);
		this.precision = Objects.requireNonNull(precision);
	}

	public static PartialDate of(LocalDate date, DatePrecision precision) {
		return switch (precision) {
			case DAY -> new PartialDate(date, precision);
			case MONTH -> new PartialDate(date.withDayOfMonth(1), precision);
			case YEAR -> new PartialDate(date.withDayOfYear(1), precision);
		};
	}

	public static PartialDate day(int year, int month, int day) {
		return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
	}

	/**
	 * Parses the ISO-like forms sources use: {@code 2024}, {@code 2024-07} or
	 * {@code 2024-07-03}.
	 */
	public static PartialDate parse(String text) {
		String value = text.trim();
		if (value.matches("\\d{4}")) {
			return new PartialDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR);
		}
		if (value.matches("\\d{4}-\\d{2}")) {
			return new PartialDate(LocalDate.parse(value + "-01"), DatePrecision.MONTH);
		}
		return new PartialDate(LocalDate.parse(value), DatePrecision.DAY);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public DatePrecision getPrecision() {
		return this.precision;
	}

	/**
	 * The last day this partial date may stand for: the day itself, the end of its month
	 * or of its year. An end date is read here: "until 2024" is through 31 December 2024.
	 * The database's {@code partial_date_last_day(date, precision)} says the same.
	 */
	public LocalDate latestDay() {
		return switch (this.precision) {
			case DAY -> this.date;
			case MONTH -> this.date.withDayOfMonth(this.date.lengthOfMonth());
			case YEAR -> this.date.withDayOfYear(this.date.lengthOfYear());
		};
	}

	public int getYear() {
		return this.date.getYear();
	}

	/** Human-readable: "3 July 2024", "July 2024" or "2024". */
	public String display() {
		return switch (this.precision) {
			case DAY -> DAY_FORMAT.format(this.date);
			case MONTH -> MONTH_FORMAT.format(this.date);
			case YEAR -> String.valueOf(this.date.getYear());
		};
	}

	/**
	 * Machine-readable, for {@code <time datetime>}: "2024-07-03", "2024-07" or "2024".
	 */
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.date.toString();
			case MONTH -> this.date.toString().substring(0, 7);
			case YEAR -> String.valueOf(this.date.getYear());
		};
	}

	@Override
	public int compareTo(PartialDate other) {
		return this.date.compareTo(other.date);
	}

	@Override
	public boolean equals(Object o) {
		return (o instanceof PartialDate other) && this.date.equals(other.date) && this.precision == other.precision;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.date, this.precision);
	}

	@Override
	public String toString() {
		return iso();
	}

}
