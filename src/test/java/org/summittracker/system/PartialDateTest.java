package org.summittracker.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateTest {

	@Test
	void parsesAndShowsYearMonthAndDayPrecision() {
		assertThat(PartialDate.parse("2024").display()).isEqualTo("2024");
		assertThat(PartialDate.parse("2024-07").display()).isEqualTo("July 2024");
		assertThat(PartialDate.parse("2024-07-03").display()).isEqualTo("3 July 2024");
		assertThat(PartialDate.parse("2024-07").iso()).isEqualTo("2024-07");
		assertThat(PartialDate.parse("2024-07").getPrecision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void storesThePeriodsFirstDayAndKnowsItsLastDay() {
		PartialDate month = PartialDate.of(LocalDate.of(2024, 2, 17), DatePrecision.MONTH);

		assertThat(month.getDate()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(month.latestDay()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.parse("2014").latestDay()).isEqualTo(LocalDate.of(2014, 12, 31));
	}

	@Test
	void anEndIsReadAtTheLastDayOfItsPeriodAndAStartAtTheFirst() {
		assertThat(PartialDate.parse("2024-07-03").latestDay()).isEqualTo(LocalDate.of(2024, 7, 3));
		assertThat(PartialDate.parse("2024-07-03").getDate()).isEqualTo(LocalDate.of(2024, 7, 3));
		assertThat(PartialDate.parse("2024-07").latestDay()).isEqualTo(LocalDate.of(2024, 7, 31));
		assertThat(PartialDate.parse("2024-07").getDate()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(PartialDate.parse("2024").latestDay()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(PartialDate.parse("2024").getDate()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(PartialDate.parse("2024-02").latestDay()).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.parse("2023-02").latestDay()).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(PartialDate.parse("1900-02").latestDay()).as("no leap year").isEqualTo(LocalDate.of(1900, 2, 28));
		assertThat(PartialDate.parse("2000-02").latestDay()).isEqualTo(LocalDate.of(2000, 2, 29));
		assertThat(PartialDate.parse("2024-12").latestDay()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void formatsSummitDateRangesLikeAnEditorWould() {
		Formats formats = new Formats();

		assertThat(formats.range(LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4))).isEqualTo("3–4 July 2024");
		assertThat(formats.range(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 1)))
			.isEqualTo("31 August – 1 September 2025");
		assertThat(formats.range(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)))
			.isEqualTo("31 December 2024 – 1 January 2025");
		assertThat(formats.range(LocalDate.of(2024, 5, 16), LocalDate.of(2024, 5, 16))).isEqualTo("16 May 2024");
		assertThat(formats.period(PartialDate.parse("2014-08-28"), null, "present"))
			.isEqualTo("28 August 2014 – present");
		assertThat(formats.period(null, PartialDate.parse("2015"), "present")).isEqualTo("… – 2015");
	}

}
