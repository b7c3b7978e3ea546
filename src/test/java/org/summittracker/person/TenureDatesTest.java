package org.summittracker.person;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.summittracker.nation.Nation;
import org.summittracker.system.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A tenure's end is its last day in office, inclusive, read at the last day of its
 * period: the same meaning as a membership's.
 */
class TenureDatesTest {

	private final Nation iran = new Nation("iran", "Iran", "IR", "IRN");

	private final Person mokhber = new Person("mohammad-mokhber", "Mohammad Mokhber", "Mokhber, Mohammad", this.iran);

	private final Office president = new Office("president-of-iran", "President of Iran", OfficeKind.HEAD_OF_STATE,
			this.iran, null);

	@Test
	void aTenureIsHeldOnItsFirstAndLastDayAndNotTheDayAfter() {
		Tenure acting = tenure("2024-05-20", "2024-07-27");

		assertThat(acting.heldOn(LocalDate.of(2024, 5, 19))).isFalse();
		assertThat(acting.heldOn(LocalDate.of(2024, 5, 20))).isTrue();
		assertThat(acting.heldOn(LocalDate.of(2024, 7, 27))).isTrue();
		assertThat(acting.heldOn(LocalDate.of(2024, 7, 28))).isFalse();
		assertThat(tenure("2024-07-28", null).heldOn(LocalDate.of(2999, 1, 1))).isTrue();
	}

	@Test
	void aMonthOrYearEndIsHeldThroughTheLastDayOfItsPeriod() {
		Tenure byMonth = tenure("2024-05", "2024-07");
		Tenure byYear = tenure("2021", "2024");

		assertThat(byMonth.heldOn(LocalDate.of(2024, 4, 30))).isFalse();
		assertThat(byMonth.heldOn(LocalDate.of(2024, 5, 1))).isTrue();
		assertThat(byMonth.heldOn(LocalDate.of(2024, 7, 31))).isTrue();
		assertThat(byMonth.heldOn(LocalDate.of(2024, 8, 1))).isFalse();
		assertThat(byYear.heldOn(LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(byYear.heldOn(LocalDate.of(2025, 1, 1))).isFalse();
	}

	@Test
	void anEndInTheSamePeriodAsTheStartIsAcceptedAndOneBeforeItRefused() {
		assertThat(tenure("2024-07", "2024").heldOn(LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(tenure("2024-07-03", "2024-07").heldOn(LocalDate.of(2024, 7, 31))).isTrue();
		assertThat(tenure("2024-07-03", "2024-07-03").heldOn(LocalDate.of(2024, 7, 3))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> tenure("2024-07-03", "2024-07-02"));
		assertThatIllegalArgumentException().isThrownBy(() -> tenure("2024-07", "2023"));
	}

	private Tenure tenure(String start, String end) {
		return new Tenure(this.mokhber, this.president, PartialDate.parse(start),
				(end != null) ? PartialDate.parse(end) : null, true);
	}

}
