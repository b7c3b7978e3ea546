package org.summittracker.insight;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attendance matrix shows at most {@link AttendanceMatrix#COLUMNS} summit columns,
 * however many summits its organization or year has, in the same statements: a series
 * opens on its newest summits, a year on its first, and the others are a page away.
 */
class MatrixBoundsTest extends IntegrationTest {

	private static final int MANY = AttendanceMatrix.COLUMNS + 5;

	private static final String COLUMN = "table.matrix thead th[id^=summit-]";

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from summit where slug like 'test-matrix-%'");
	}

	@Test
	void aLongSeriesOpensOnItsNewestSummitsAndPagesBackToItsFirst() {
		long before = getCounting("/organizations/sco/matrix").statements();
		this.jdbc.update("""
				insert into summit (slug, name, kind, organization_id, start_date, end_date, status)
				select 'test-matrix-' || g, 'Test summit ' || g, 'ORGANIZATION_SUMMIT',
				       (select id from organization where slug = 'sco'), date '1950-01-01' + 30 * g,
				       date '1950-01-01' + 30 * g, 'HELD'
				from generate_series(1, ?) g""", MANY);
		int total = this.jdbc.queryForObject(
				"select count(*) from summit s join organization o on o.id = s.organization_id where o.slug = 'sco'"
						+ " and s.kind = 'ORGANIZATION_SUMMIT'",
				Integer.class);

		Counted newest = getCounting("/organizations/sco/matrix");
		Page first = get("/organizations/sco/matrix?page=1");

		assertThat(newest.page().html().select(COLUMN)).hasSize(AttendanceMatrix.COLUMNS);
		assertThat(newest.page().html().select(COLUMN).eachAttr("id")).contains("summit-sco-2024-astana")
			.doesNotContain("summit-test-matrix-1");
		assertThat(newest.page().html().select("nav a[rel=prev]").attr("href"))
			.startsWith("/organizations/sco/matrix?page=");
		assertThat(newest.page().html().select("nav a[rel=next]")).isEmpty();
		assertThat(newest.page().html().text()).contains("of " + total);
		assertThat(newest.statements()).isEqualTo(before);
		int oldest = total % AttendanceMatrix.COLUMNS;
		assertThat(first.html().select(COLUMN)).hasSize((oldest == 0) ? AttendanceMatrix.COLUMNS : oldest);
		assertThat(first.html().select(COLUMN).eachAttr("id")).contains("summit-test-matrix-1")
			.doesNotContain("summit-sco-2024-astana");
		assertThat(first.html().select("nav a[rel=next]").attr("href")).isEqualTo("/organizations/sco/matrix?page=2");
		assertThat(first.html().text()).contains("Summits 1–");
		assertThat(get("/organizations/sco/matrix?page=2147483647").html().select(COLUMN).eachAttr("id"))
			.contains("summit-sco-2024-astana");
		assertThat(get("/organizations/sco/matrix?page=-3").html().select(COLUMN).eachAttr("id"))
			.contains("summit-test-matrix-1");
	}

	@Test
	void aCrowdedYearIsShownAPageAtATime() {
		this.jdbc.update("""
				insert into summit (slug, name, kind, organization_id, start_date, end_date, status)
				select 'test-matrix-' || g, 'Test summit ' || g, 'ORGANIZATION_SUMMIT',
				       (select id from organization where slug = 'sco'), date '1960-01-01' + g,
				       date '1960-01-01' + g, 'HELD'
				from generate_series(1, ?) g""", MANY);

		Page first = get("/matrix?year=1960");
		Page second = get("/matrix?year=1960&page=2");

		assertThat(first.html().select(COLUMN)).hasSize(AttendanceMatrix.COLUMNS);
		assertThat(first.html().select(COLUMN).first().id()).isEqualTo("summit-test-matrix-1");
		assertThat(first.html().select("nav a[rel=next]").attr("href")).isEqualTo("/matrix?year=1960&page=2");
		assertThat(second.html().select(COLUMN)).hasSize(MANY - AttendanceMatrix.COLUMNS);
		assertThat(second.html().select("nav a[rel=prev]").attr("href")).isEqualTo("/matrix?year=1960&page=1");
	}

	@Test
	void aShortSeriesHasNoColumnPages() {
		Page page = get("/organizations/sco/matrix");

		assertThat(page.html().select(COLUMN)).hasSizeLessThanOrEqualTo(AttendanceMatrix.COLUMNS).isNotEmpty();
		assertThat(page.html().select("nav a[rel=prev], nav a[rel=next]")).isEmpty();
	}

	@Test
	void theYearChoicesAreEveryYearWithAnOrganizationSummitNewestFirst() {
		this.jdbc.update("""
				insert into summit (slug, name, kind, organization_id, start_date, end_date, status)
				select 'test-matrix-' || d, 'Test summit ' || d, 'ORGANIZATION_SUMMIT',
				       (select id from organization where slug = 'sco'), d, d, 'HELD'
				from unnest(array[date '1961-12-31', date '1963-06-01', date '1963-12-31']) d""");
		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				values ('test-matrix-meeting-1962', 'Test meeting 1962', 'BILATERAL_MEETING', date '1962-06-01',
				        date '1962-06-01', 'HELD')""");

		List<String> offered = get("/matrix").html().select("nav.small a[href^='/matrix?year=']:not([rel])").eachText();

		// the reference: a distinct over every organization summit's year
		List<String> years = this.jdbc.queryForList("""
				select distinct extract(year from start_date)::int::text y from summit
				where kind = 'ORGANIZATION_SUMMIT' order by 1 desc""", String.class);
		assertThat(offered).containsExactlyElementsOf(years).contains("1961", "1963", "2024").doesNotContain("1962");
	}

}
