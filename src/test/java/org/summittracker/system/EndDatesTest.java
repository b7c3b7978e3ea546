package org.summittracker.system;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.summittracker.organization.MemberCounts;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An end date is the last day, inclusive, read at the last day of its period — in the
 * database (V9's partial_date_last_day and constraints) as in Java; the seed's
 * memberships state the same facts as before V9.
 */
class EndDatesTest extends IntegrationTest {

	@Autowired
	MembershipRepository memberships;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDatabaseReadsAPartialDateAtTheLastDayOfItsPeriod() {
		assertThat(lastDay("2024-07-03", "DAY")).isEqualTo(LocalDate.of(2024, 7, 3));
		assertThat(lastDay("2024-07-01", "MONTH")).isEqualTo(LocalDate.of(2024, 7, 31));
		assertThat(lastDay("2024-02-01", "MONTH")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(lastDay("2023-02-01", "MONTH")).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(lastDay("2024-01-01", "YEAR")).isEqualTo(LocalDate.of(2024, 12, 31));
		for (String precision : List.of("DAY", "MONTH", "YEAR")) {
			PartialDate date = PartialDate.of(LocalDate.of(2024, 2, 1), DatePrecision.valueOf(precision));
			assertThat(lastDay(date.getDate().toString(), precision)).as("as PartialDate.latestDay() for " + precision)
				.isEqualTo(date.latestDay());
		}
	}

	@Test
	void theSeedStatesTheSameStandingsOnTheDaysTheyChanged() {
		assertThat(standingOn("BY", "SCO", "2014-12-31")).containsExactly("DIALOGUE_PARTNER");
		assertThat(standingOn("BY", "SCO", "2015-01-01")).containsExactly("OBSERVER");
		assertThat(standingOn("BY", "SCO", "2023-07-03")).containsExactly("OBSERVER");
		assertThat(standingOn("BY", "SCO", "2023-07-04")).containsExactly("ACCEDING");
		assertThat(standingOn("BY", "SCO", "2024-07-03")).containsExactly("ACCEDING");
		assertThat(standingOn("BY", "SCO", "2024-07-04")).containsExactly("MEMBER");
		assertThat(standingOn("IN", "SCO", "2017-06-08")).containsExactly("OBSERVER");
		assertThat(standingOn("IN", "SCO", "2017-06-09")).containsExactly("MEMBER");
		assertThat(standingOn("IR", "SCO", "2023-07-03")).containsExactly("OBSERVER");
		assertThat(standingOn("IR", "SCO", "2023-07-04")).containsExactly("MEMBER");
		assertThat(standingOn("RU", "G7", "2014-03-31")).as("suspended in March 2014").containsExactly("MEMBER");
		assertThat(standingOn("RU", "G7", "2014-04-01")).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select a.end_date::text || ' ' || a.end_precision from membership_aud a
				  join membership m on m.id = a.id join nation n on n.id = m.nation_id
				where n.iso_alpha2 = 'BY' and m.standing = 'ACCEDING'""", String.class))
			.as("history in the same meaning")
			.containsExactly("2024-07-03 DAY");
	}

	@Test
	void memberCountsReadEndsAtTheirLastDay() {
		assertThat(this.memberships.countMembers(this.organizations.findBySlug("sco").orElseThrow(),
				LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4)))
			.isEqualTo(new MemberCounts(9, 10));
		assertThat(this.memberships.countMembers(this.organizations.findBySlug("sco").orElseThrow(),
				LocalDate.of(2017, 6, 8), LocalDate.of(2017, 6, 9)))
			.isEqualTo(new MemberCounts(6, 8));
		assertThat(this.memberships.countMembers(this.organizations.findBySlug("g7").orElseThrow(),
				LocalDate.of(2014, 3, 31), LocalDate.of(2014, 4, 1)))
			.as("Russia through March 2014, a month-precision end")
			.isEqualTo(new MemberCounts(8, 7));
	}

	@Test
	void theNoOverlapRuleRefusesAStandingOnTheLastDayAndAcceptsOneTheDayAfter() {
		rolledBack((jdbc) -> {
			insert(jdbc, "ACCEDING", "2023-07-04", "DAY", "2024-07-03", "DAY");
			insert(jdbc, "MEMBER", "2024-07-04", "DAY", null, null);
			assertThat(count(jdbc)).isEqualTo(2);
		});
		rolledBack((jdbc) -> {
			insert(jdbc, "ACCEDING", "2023-07-04", "DAY", "2024-07-03", "DAY");
			assertThatExceptionOfType(DataIntegrityViolationException.class)
				.isThrownBy(() -> insert(jdbc, "MEMBER", "2024-07-03", "DAY", null, null))
				.withMessageContaining("membership_no_overlap");
		});
		rolledBack((jdbc) -> {
			insert(jdbc, "DIALOGUE_PARTNER", "2009-01-01", "YEAR", "2015-01-01", "YEAR");
			assertThatExceptionOfType(DataIntegrityViolationException.class)
				.as("a year-precision end holds through 31 December")
				.isThrownBy(() -> insert(jdbc, "OBSERVER", "2015-12-31", "DAY", null, null))
				.withMessageContaining("membership_no_overlap");
		});
		rolledBack((jdbc) -> {
			insert(jdbc, "DIALOGUE_PARTNER", "2009-01-01", "YEAR", "2015-01-01", "YEAR");
			insert(jdbc, "OBSERVER", "2016-01-01", "YEAR", null, null);
			assertThat(count(jdbc)).isEqualTo(2);
		});
	}

	@Test
	void anEndInTheSamePeriodAsTheStartIsAcceptedAndOneBeforeItRefused() {
		rolledBack((jdbc) -> {
			insert(jdbc, "MEMBER", "2024-07-04", "DAY", "2024-01-01", "YEAR");
			assertThat(count(jdbc)).isOne();
		});
		rolledBack((jdbc) -> {
			insert(jdbc, "MEMBER", "2024-07-04", "DAY", "2024-07-04", "DAY");
			assertThat(count(jdbc)).as("a standing of one day").isOne();
		});
		rolledBack((jdbc) -> assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insert(jdbc, "MEMBER", "2024-07-04", "DAY", "2024-06-01", "MONTH"))
			.withMessageContaining("membership_end_after_start"));
		rolledBack((jdbc) -> {
			jdbc.update("""
					insert into tenure (person_id, office_id, start_date, start_precision, end_date, end_precision)
					select p.id, o.id, date '2024-07-01', 'MONTH', date '2024-01-01', 'YEAR' from person p, office o
					where p.slug = 'xi-jinping' and o.slug = 'president-of-china'""");
			assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update("""
					insert into tenure (person_id, office_id, start_date, start_precision, end_date, end_precision)
					select p.id, o.id, date '2024-07-01', 'MONTH', date '2023-01-01', 'YEAR' from person p, office o
					where p.slug = 'xi-jinping' and o.slug = 'president-of-china'"""))
				.withMessageContaining("tenure_end_after_start");
		});
	}

	private LocalDate lastDay(String date, String precision) {
		return this.jdbc.queryForObject("select partial_date_last_day(?::date, ?)", LocalDate.class, date, precision);
	}

	private List<String> standingOn(String nation, String organization, String day) {
		return this.jdbc.queryForList("""
				select m.standing from membership m join nation n on n.id = m.nation_id
				  join organization o on o.id = m.organization_id
				where n.iso_alpha2 = ? and o.acronym = ?
				  and (m.start_date is null or m.start_date <= ?::date)
				  and (m.end_date is null or partial_date_last_day(m.end_date, m.end_precision) >= ?::date)""",
				String.class, nation, organization, day, day);
	}

	/** Runs the work on a test nation in the SCO, then undoes it. */
	private void rolledBack(Consumer<JdbcTemplate> work) {
		this.transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.update("insert into nation (slug, name, iso_alpha2, iso_alpha3) "
					+ "values ('test-end-dates', 'Test End Dates', 'QE', 'QED')");
			work.accept(this.jdbc);
		});
	}

	private static void insert(JdbcTemplate jdbc, String standing, String start, String startPrecision, String end,
			String endPrecision) {
		jdbc.update("""
				insert into membership (nation_id, organization_id, standing, start_date, start_precision, end_date,
				                        end_precision)
				select n.id, o.id, ?, ?::date, ?, ?::date, ? from nation n, organization o
				where n.slug = 'test-end-dates' and o.acronym = 'SCO'""", standing, start, startPrecision, end,
				endPrecision);
	}

	private static long count(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from membership m join nation n on n.id = m.nation_id "
				+ "where n.slug = 'test-end-dates'", Long.class);
	}

}
