package org.summittracker.summit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a summit still recorded as announced has dates that have passed. */
class SummitUnreportedTest {

	private static final LocalDate START = LocalDate.of(2026, 7, 7);

	private static final LocalDate END = LocalDate.of(2026, 7, 8);

	@Test
	void anAnnouncedSummitIsUnreportedOnlyAfterItsLastDay() {
		for (SummitStatus status : new SummitStatus[] { SummitStatus.PLANNED, SummitStatus.CONFIRMED,
				SummitStatus.POSTPONED }) {
			Summit summit = summit(status);

			assertThat(summit.isUnreportedOn(END)).as("%s on its last day", status).isFalse();
			assertThat(summit.isUnreportedOn(END.plusDays(1))).as("%s the day after", status).isTrue();
		}
	}

	@Test
	void aHeldOrCancelledSummitIsNeverUnreported() {
		assertThat(summit(SummitStatus.HELD).isUnreportedOn(END.plusYears(1))).isFalse();
		assertThat(summit(SummitStatus.CANCELLED).isUnreportedOn(END.plusYears(1))).isFalse();
	}

	private static Summit summit(SummitStatus status) {
		return new Summit("nato-2026-ankara", "NATO Summit 2026", SummitKind.MULTILATERAL_MEETING, null, START, END,
				status);
	}

}
