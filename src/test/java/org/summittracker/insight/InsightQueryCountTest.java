package org.summittracker.insight;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every insight page issues a small constant number of SQL statements, whatever the data:
 * measured on the seed, then again with many more summits, attendees, nations and
 * memberships, the count stays the same and at most 5.
 */
class InsightQueryCountTest extends IntegrationTest {

	private static final int MAX_STATEMENTS = 5;

	private static final int EXTRA_ROWS = 60;

	private static final String[] PAGES = { "/compare/summits?s=sco-2024-astana&s=nato-2024-washington",
			"/compare/organizations?o=sco&o=nato", "/organizations/sco/matrix", "/matrix?year=2024", "/matrix",
			"/organizations/sco/timeline", "/timeline", "/timeline?organization=sco",
			"/leaders/vladimir-putin/timeline" };

	@AfterEach
	void removeExtraRows() {
		this.jdbc.update("""
				delete from attendance where summit_id in (select id from summit where slug like 'test-load-%')
				  or person_id in (select id from person where slug like 'test-load-%')""");
		this.jdbc
			.update("delete from membership where nation_id in (select id from nation where slug like 'test-load-%')");
		this.jdbc.update("delete from person where slug like 'test-load-%'");
		this.jdbc.update("delete from summit where slug like 'test-load-%'");
		this.jdbc.update("delete from nation where slug like 'test-load-%'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare/summits?s=sco-2024-astana&s=nato-2024-washington",
			"/compare/summits?s=sco-2024-astana", "/compare/summits", "/compare/organizations?o=sco&o=nato",
			"/compare/organizations?o=sco", "/organizations/sco/matrix", "/organizations/un/matrix",
			"/matrix?year=2024", "/matrix", "/organizations/sco/timeline", "/organizations/nato/timeline", "/timeline",
			"/timeline?organization=g7", "/leaders/vladimir-putin/timeline", "/leaders/narendra-modi/timeline" })
	void everyInsightPageIssuesAtMostFiveStatements(String path) {
		Counted counted = getCounting(path);

		assertThat(counted.page().status()).isEqualTo(200);
		assertThat(counted.statements()).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void everyInsightPageIssuesTheSameStatementsWithManyMoreRows() {
		long[] before = new long[PAGES.length];
		for (int i = 0; i < PAGES.length; i++) {
			before[i] = countedAfterAWrite(PAGES[i]).statements();
		}
		addManyRows();

		for (int i = 0; i < PAGES.length; i++) {
			Counted after = countedAfterAWrite(PAGES[i]);
			assertThat(after.page().status()).as(PAGES[i]).isEqualTo(200);
			assertThat(after.statements()).as(PAGES[i]).isEqualTo(before[i]).isLessThanOrEqualTo(MAX_STATEMENTS);
		}
	}

	@Test
	void theExtraRowsShowOnThePages() {
		addManyRows();

		// the newest summits only, a page of columns (MatrixBoundsTest pages through
		// them)
		assertThat(get("/organizations/sco/matrix").html().select("table.matrix thead th[scope=col]"))
			.hasSize(1 + Math.min(3 + EXTRA_ROWS, AttendanceMatrix.COLUMNS));
		assertThat(get("/organizations/sco/matrix").html().select("table.matrix tbody tr"))
			.hasSizeGreaterThan(EXTRA_ROWS);
		assertThat(get("/compare/summits?s=sco-2024-astana&s=nato-2024-washington").html()
			.select("table.summit-comparison tbody tr")).hasSizeGreaterThan(EXTRA_ROWS);
		assertThat(get("/compare/organizations?o=sco&o=nato").html().select("tr.at-all")).hasSize(1 + EXTRA_ROWS);
		assertThat(get("/leaders/vladimir-putin/timeline").html().select("table.appearances-over-time tbody tr"))
			.hasSizeGreaterThan(EXTRA_ROWS);
		assertThat(get("/organizations/sco/timeline").html().select("table.membership-timeline tbody tr"))
			.hasSizeGreaterThan(EXTRA_ROWS);
	}

	/**
	 * Many more of everything the pages show: SCO summits in 2024 with Putin at each,
	 * people at the Astana summit, and nations that are NATO members and SCO observers.
	 */
	private void addManyRows() {
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
					select 'test-load-summit-' || g, 'Load summit ' || g, 'ORGANIZATION_SUMMIT', o.id, n.id, 'Astana',
					       date '2024-01-01' + g, date '2024-01-01' + g, 'HELD'
					from generate_series(1, ?) g, organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KZ'""",
					EXTRA_ROWS);
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
				select s.id, p.id, p.nationality_id, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'
				from summit s, person p where s.slug like 'test-load-summit-%' and p.slug = 'vladimir-putin'""");
		this.jdbc.update("""
				insert into person (slug, name, sort_name, nationality_id)
				select 'test-load-' || g, 'Load Person ' || g, 'Person ' || lpad(g::text, 3, '0'), n.id
				from generate_series(1, ?) g, nation n where n.iso_alpha2 = 'MN'""", EXTRA_ROWS);
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
				select s.id, p.id, p.nationality_id, 'GUEST', 'GUEST', 'ATTENDED'
				from summit s, person p where s.slug = 'sco-2024-astana' and p.slug like 'test-load-%'""");
		this.jdbc.update("""
				insert into nation (slug, name, iso_alpha2, iso_alpha3)
				select 'test-load-nation-' || g, 'Load nation ' || g, code, code || 'Q'
				from (select code, row_number() over (order by code) - 1 as g
				      from (select chr(65 + a) || chr(65 + b) as code
				            from generate_series(0, 25) a, generate_series(0, 25) b) codes
				      where code not in (select iso_alpha2 from nation)
				        and code || 'Q' not in (select iso_alpha3 from nation)) free
				where g < ?""", EXTRA_ROWS);
		this.jdbc
			.update("""
					insert into membership (nation_id, organization_id, standing, start_date, start_precision)
					select n.id, o.id, case o.acronym when 'NATO' then 'MEMBER' else 'OBSERVER' end,
					       date '2010-01-01', 'YEAR'
					from nation n, organization o where n.slug like 'test-load-nation-%' and o.acronym in ('SCO', 'NATO')""");
	}

}
