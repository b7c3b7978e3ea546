package org.summittracker.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page issues a small constant number of SQL statements, whatever the number
 * of rows it shows: the pages are measured on the seed, then again after many rows were
 * added, and must issue the same count, at most 5.
 */
class QueryCountTest extends IntegrationTest {

	private static final int MAX_STATEMENTS = 5;

	private static final int EXTRA_ROWS = 60;

	/** A leader's meetings and a nation's representations are shown 50 at a time. */
	private static final int DETAIL_PAGE_ROWS = 50;

	/** A paginated list only counts its rows once they fill more than one page. */
	private static final int PAGE_COUNT_QUERY = 1;

	@AfterEach
	void removeExtraRows() {
		this.jdbc.update("delete from attendance where person_id in (select id from person where slug like 'load-%')");
		this.jdbc.update("delete from tenure where person_id in (select id from person where slug like 'load-%')");
		this.jdbc.update("delete from person where slug like 'load-%'");
		this.jdbc.update("delete from office where slug like 'load-%'");
		this.jdbc.update("delete from summit where slug like 'load-%'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/summits", "/summits?organization=sco&year=2024", "/summits/sco-2024-astana",
			"/summits/biden-erdogan-2024-fasano", "/leaders", "/leaders?nation=india", "/leaders/recep-tayyip-erdogan",
			"/leaders/narendra-modi", "/nations", "/nations/india", "/organizations", "/organizations/sco",
			"/organizations/nato" })
	void everyPublicPageIssuesAtMostFiveStatements(String path) {
		Counted counted = getCounting(path);

		assertThat(counted.page().status()).isEqualTo(200);
		assertThat(counted.statements()).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void theSummitPageIssuesTheSameStatementsWithManyMoreAttendeesAndMeetings() {
		long before = getCounting("/summits/sco-2024-astana").statements();
		addPeopleAttending("sco-2024-astana");
		for (int i = 0; i < 10; i++) {
			this.jdbc.update(
					"""
							insert into summit (slug, name, kind, parent_id, start_date, end_date, status)
							select 'load-meeting-' || ?, 'Load meeting ' || ?, 'BILATERAL_MEETING', id, start_date, start_date, 'HELD'
							from summit where slug = 'sco-2024-astana'""",
					i, i);
		}

		Counted after = getCounting("/summits/sco-2024-astana");

		assertThat(after.page().html().select("table.attendance tbody tr")).hasSizeGreaterThan(EXTRA_ROWS);
		assertThat(after.page().html().select("#sidelines-heading + ul > li")).hasSize(12);
		assertThat(after.statements()).isEqualTo(before).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void theLeaderListAndALeaderPageIssueTheSameStatementsWithManyMoreRows() {
		long listBefore = getCounting("/leaders").statements();
		long pageBefore = getCounting("/leaders/vladimir-putin").statements();
		addPeopleAttending("sco-2024-astana");
		this.jdbc.update(
				"""
						insert into summit (slug, name, kind, start_date, end_date, status)
						select 'load-putin-' || g, 'Load talks ' || g, 'BILATERAL_MEETING', date '2020-01-01' + g, date '2020-01-01' + g, 'HELD'
						from generate_series(1, ?) g""",
				EXTRA_ROWS);
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, status)
				select s.id, p.id, p.nationality_id, 'HEAD_OF_STATE', 'ATTENDED'
				from summit s, person p where s.slug like 'load-putin-%' and p.slug = 'vladimir-putin'""");

		Counted list = getCounting("/leaders");
		Counted page = getCounting("/leaders/vladimir-putin");

		assertThat(list.page().html().select("table.leaders tbody tr")).hasSize(25);
		assertThat(list.statements()).isBetween(listBefore, listBefore + PAGE_COUNT_QUERY)
			.isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(page.page().html().select("table.appearances tbody tr")).hasSize(DETAIL_PAGE_ROWS);
		assertThat(page.page().html().select("nav .pagination")).hasSize(1);
		assertThat(page.statements()).isEqualTo(pageBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
		Counted second = getCounting("/leaders/vladimir-putin?page=2");
		assertThat(second.page().html().select("table.appearances tbody tr"))
			.hasSizeGreaterThan(EXTRA_ROWS - DETAIL_PAGE_ROWS);
		assertThat(second.statements()).isEqualTo(pageBefore);
	}

	@Test
	void theSummitListAndNationPageIssueTheSameStatementsWithManyMoreSummits() {
		long listBefore = getCounting("/summits").statements();
		long nationBefore = getCounting("/nations/kazakhstan").statements();
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
					select 'load-summit-' || g, 'Load summit ' || g, 'ORGANIZATION_SUMMIT', o.id, n.id, 'Astana',
					       date '1990-01-01' + g, date '1990-01-01' + g, 'HELD'
					from generate_series(1, ?) g, organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KZ'""",
					EXTRA_ROWS);
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, status)
				select s.id, p.id, p.nationality_id, 'HOST', 'ATTENDED'
				from summit s, person p where s.slug like 'load-summit-%' and p.slug = 'kassym-jomart-tokayev'""");

		Counted list = getCounting("/summits");
		Counted nation = getCounting("/nations/kazakhstan");

		assertThat(list.page().html().select("table.summits tbody tr")).hasSize(20);
		assertThat(list.statements()).isBetween(listBefore, listBefore + PAGE_COUNT_QUERY)
			.isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(nation.page().html().select("table.representations tbody tr")).hasSize(DETAIL_PAGE_ROWS);
		assertThat(nation.page().html().select("nav .pagination")).hasSize(1);
		assertThat(nation.statements()).isEqualTo(nationBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
		Counted second = getCounting("/nations/kazakhstan?page=2");
		assertThat(second.page().html().select("table.representations tbody tr"))
			.hasSizeGreaterThan(EXTRA_ROWS - DETAIL_PAGE_ROWS);
		assertThat(second.statements()).isEqualTo(nationBefore);
	}

	private void addPeopleAttending(String summit) {
		this.jdbc.update("""
				insert into person (slug, name, sort_name, nationality_id)
				select 'load-' || g, 'Load Person ' || g, 'Person ' || lpad(g::text, 3, '0'), n.id
				from generate_series(1, ?) g, nation n where n.iso_alpha2 = 'MN'""", EXTRA_ROWS);
		this.jdbc.update("""
				insert into office (slug, title, kind, nation_id)
				select 'load-office', 'Load office', 'OTHER', id from nation where iso_alpha2 = 'MN'""");
		this.jdbc.update("""
				insert into tenure (person_id, office_id, start_date, start_precision)
				select p.id, o.id, date '2020-01-01', 'DAY' from person p, office o
				where p.slug like 'load-%' and o.slug = 'load-office'""");
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
				select s.id, p.id, p.nationality_id, 'GUEST', 'GUEST', 'ATTENDED'
				from summit s, person p where s.slug = ? and p.slug like 'load-%'""", summit);
	}

}
