package org.summittracker.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.summittracker.nation.Nation;
import org.summittracker.system.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A membership's end is its last day, inclusive, read at the last day of its period. */
class MembershipDatesTest {

	private final Nation belarus = new Nation("belarus", "Belarus", "BY", "BLR");

	private final Organization sco = new Organization("sco", "SCO", "Shanghai Cooperation Organisation",
			OrganizationKind.INTERGOVERNMENTAL_ORGANIZATION);

	@Test
	void aMembershipHoldsOnItsFirstAndLastDayAndNotTheDayAfter() {
		Membership acceding = membership(Standing.ACCEDING, "2023-07-04", "2024-07-03");
		Membership member = membership(Standing.MEMBER, "2024-07-04", null);

		assertThat(acceding.isValidOn(LocalDate.of(2023, 7, 3))).isFalse();
		assertThat(acceding.isValidOn(LocalDate.of(2023, 7, 4))).isTrue();
		assertThat(acceding.isValidOn(LocalDate.of(2024, 7, 3))).isTrue();
		assertThat(acceding.isValidOn(LocalDate.of(2024, 7, 4))).isFalse();
		assertThat(member.isValidOn(LocalDate.of(2024, 7, 3))).isFalse();
		assertThat(member.isValidOn(LocalDate.of(2024, 7, 4))).isTrue();
	}

	@Test
	void aMonthOrYearEndHoldsThroughTheLastDayOfItsPeriod() {
		Membership byMonth = membership(Standing.MEMBER, "1997", "2014-03");
		Membership byYear = membership(Standing.DIALOGUE_PARTNER, "2009", "2014");

		assertThat(byMonth.isValidOn(LocalDate.of(1997, 1, 1))).isTrue();
		assertThat(byMonth.isValidOn(LocalDate.of(2014, 3, 31))).isTrue();
		assertThat(byMonth.isValidOn(LocalDate.of(2014, 4, 1))).isFalse();
		assertThat(byYear.isValidOn(LocalDate.of(2008, 12, 31))).isFalse();
		assertThat(byYear.isValidOn(LocalDate.of(2014, 12, 31))).isTrue();
		assertThat(byYear.isValidOn(LocalDate.of(2015, 1, 1))).isFalse();
	}

	@Test
	void consecutiveStandingsDoNotOverlapButAStandingSharingTheLastDayDoes() {
		Membership acceding = membership(Standing.ACCEDING, "2023-07-04", "2024-07-03");

		assertThat(acceding.overlaps(PartialDate.parse("2024-07-04"), null)).isFalse();
		assertThat(acceding.overlaps(PartialDate.parse("2024-07-03"), null)).isTrue();
		assertThat(acceding.overlaps(null, PartialDate.parse("2023-07-03"))).isFalse();
		assertThat(acceding.overlaps(null, PartialDate.parse("2023-07-04"))).isTrue();
		assertThat(acceding.overlaps(PartialDate.parse("2024"), null)).as("2024 holds 3 July 2024").isTrue();
	}

	@Test
	void anEndInTheSamePeriodAsTheStartIsAcceptedAndOneBeforeItRefused() {
		assertThat(membership(Standing.MEMBER, "2024-07-04", "2024").getEnd()).isEqualTo(PartialDate.parse("2024"));
		assertThat(membership(Standing.MEMBER, "2024-07-04", "2024-07").isValidOn(LocalDate.of(2024, 7, 31))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> membership(Standing.MEMBER, "2024-07-04", "2024-06"));
		assertThatIllegalArgumentException().isThrownBy(() -> membership(Standing.MEMBER, "2024-07-04", "2023"));
	}

	private Membership membership(Standing standing, String start, String end) {
		return new Membership(this.belarus, this.sco, standing, (start != null) ? PartialDate.parse(start) : null,
				(end != null) ? PartialDate.parse(end) : null);
	}

}
