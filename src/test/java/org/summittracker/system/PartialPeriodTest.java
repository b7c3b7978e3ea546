package org.summittracker.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One meaning of a period's dates: from the start's first day through the end's last day,
 * both included.
 */
class PartialPeriodTest {

	@Test
	void aStartIsReadAtTheFirstDayOfItsPeriodAndAnEndAtTheLast() {
		PartialPeriod years = period("2019", "2024");
		PartialPeriod months = period("2024-02", "2024-07");
		PartialPeriod days = period("2024-07-03", "2024-07-04");

		assertThat(years.firstDay()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(years.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(months.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(months.lastDay()).isEqualTo(LocalDate.of(2024, 7, 31));
		assertThat(days.firstDay()).isEqualTo(LocalDate.of(2024, 7, 3));
		assertThat(days.lastDay()).isEqualTo(LocalDate.of(2024, 7, 4));
		assertThat(days.dayAfter()).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(period("2024", "2024-02").lastDay()).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(period("2023", "2023-02").lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(period("2023", "2023-12").dayAfter()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(period(null, null).firstDay()).isNull();
		assertThat(period(null, null).lastDay()).isNull();
		assertThat(period(null, null).dayAfter()).isNull();
	}

	@Test
	void itHoldsOnItsFirstAndLastDayAndNotTheDayAfterAtEveryPrecision() {
		assertHoldsFromThrough(period("2024-07-03", "2024-07-04"), LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4));
		assertHoldsFromThrough(period("2024-02", "2024-02"), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
		assertHoldsFromThrough(period("2015", "2023"), LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 31));
		assertHoldsFromThrough(period("2024-07-03", "2024-07-03"), LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 3));
	}

	@Test
	void anOpenStartOrEndReachesIndefinitely() {
		assertThat(period(null, "2024").includes(LocalDate.of(1900, 1, 1))).isTrue();
		assertThat(period(null, "2024").includes(LocalDate.of(2025, 1, 1))).isFalse();
		assertThat(period("2024-07-04", null).includes(LocalDate.of(2999, 1, 1))).isTrue();
		assertThat(period("2024-07-04", null).includes(LocalDate.of(2024, 7, 3))).isFalse();
		assertThat(period(null, null).includes(LocalDate.of(2024, 7, 3))).isTrue();
	}

	@Test
	void anEndInTheSamePeriodAsTheStartIsNotBeforeIt() {
		assertThat(period("2024-07-04", "2024").endsBeforeItStarts()).isFalse();
		assertThat(period("2024-07-04", "2024-07").endsBeforeItStarts()).isFalse();
		assertThat(period("2024-07", "2024").endsBeforeItStarts()).isFalse();
		assertThat(period("2024", "2024").endsBeforeItStarts()).isFalse();
		assertThat(period("2024-07-04", "2024-07-04").endsBeforeItStarts()).isFalse();
		assertThat(period("2024-07-04", "2024-07-03").endsBeforeItStarts()).isTrue();
		assertThat(period("2024-07-04", "2024-06").endsBeforeItStarts()).isTrue();
		assertThat(period("2024-07-04", "2023").endsBeforeItStarts()).isTrue();
		assertThat(period(null, "2023").endsBeforeItStarts()).isFalse();
		assertThat(period("2023", null).endsBeforeItStarts()).isFalse();
	}

	@Test
	void aStandingThatStartsTheDayAfterAnotherEndsDoesNotOverlapIt() {
		PartialPeriod acceding = period("2023-07-04", "2024-07-03");

		assertThat(acceding.overlaps(period("2024-07-04", null))).isFalse();
		assertThat(period("2024-07-04", null).overlaps(acceding)).isFalse();
		assertThat(acceding.overlaps(period("2024-07-03", null))).as("shares the last day").isTrue();
		assertThat(period("2024-07-03", null).overlaps(acceding)).isTrue();
		assertThat(period("2009", "2014").overlaps(period("2015", "2023-07-03"))).isFalse();
		assertThat(period("2009", "2015").overlaps(period("2015", "2023-07-03"))).as("both hold in 2015").isTrue();
		assertThat(period("2024", "2024-06").overlaps(period("2024-07", null))).isFalse();
		assertThat(period("2024", "2024-07").overlaps(period("2024-07-31", null))).isTrue();
		assertThat(period(null, null).overlaps(period("2024-07-04", "2024-07-04"))).isTrue();
		assertThat(period(null, "2020").overlaps(period("2021", null))).isFalse();
	}

	@Test
	void aPeriodThatEndsBeforeItStartsHoldsNoDay() {
		PartialPeriod backwards = period("2024-07-04", "2024-07-02");

		assertThat(backwards.overlaps(period(null, null))).isFalse();
		assertThat(period(null, null).overlaps(backwards)).isFalse();
	}

	private static void assertHoldsFromThrough(PartialPeriod period, LocalDate first, LocalDate last) {
		assertThat(period.includes(first.minusDays(1))).as("%s the day before %s", period, first).isFalse();
		assertThat(period.includes(first)).as("%s on %s", period, first).isTrue();
		assertThat(period.includes(last)).as("%s on %s", period, last).isTrue();
		assertThat(period.includes(last.plusDays(1))).as("%s the day after %s", period, last).isFalse();
	}

	private static PartialPeriod period(String start, String end) {
		return new PartialPeriod((start != null) ? PartialDate.parse(start) : null,
				(end != null) ? PartialDate.parse(end) : null);
	}

}
