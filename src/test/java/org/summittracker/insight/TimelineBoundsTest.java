package org.summittracker.insight;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline shows one decade at a time and at most {@link EventTimeline#PAGE_SIZE}
 * summits a page, however many there are, in the same statements.
 */
class TimelineBoundsTest extends IntegrationTest {

	private static final int MANY = EventTimeline.PAGE_SIZE + 50;

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from summit where slug like 'test-timeline-%'");
	}

	@Test
	void aCrowdedDecadeIsShownAPageAtATime() {
		long before = countedAfterAWrite("/timeline?decade=1990").statements();
		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				select 'test-timeline-' || g, 'Test talks ' || g, 'BILATERAL_MEETING', date '1991-01-01' + g,
				       date '1991-01-01' + g, 'HELD'
				from generate_series(1, ?) g""", MANY);

		Counted first = getCounting("/timeline?decade=1990");
		Page second = get("/timeline?decade=1990&page=2");

		assertThat(first.page().html().select("table.events tbody tr")).hasSize(EventTimeline.PAGE_SIZE);
		assertThat(first.page().html().select("svg.timeline-drawing rect")).hasSize(EventTimeline.PAGE_SIZE);
		assertThat(second.html().select("table.events tbody tr")).hasSize(MANY - EventTimeline.PAGE_SIZE);
		assertThat(first.page().html().select(".pagination a[href*=page=2]").attr("href"))
			.isEqualTo("/timeline?decade=1990&page=2");
		assertThat(first.page().html().select(".timeline-decades a").eachText()).containsExactly("1990s", "2020s");
		assertThat(first.page().html().select(".timeline-decades .active a").text()).isEqualTo("1990s");
		assertThat(first.statements()).isEqualTo(before + 1);
	}

	@Test
	void theTimelineOpensOnTheLatestDecadeWithItsNavigator() {
		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				values ('test-timeline-old', 'Test talks of 1995', 'BILATERAL_MEETING', date '1995-05-05',
				        date '1995-05-05', 'HELD')""");

		Page page = get("/timeline");

		assertThat(page.html().select("table.events tbody th a").eachText()).doesNotContain("Test talks of 1995")
			.contains("SCO Summit 2024");
		assertThat(page.html().select(".timeline-decades a").eachAttr("href")).containsExactly("/timeline?decade=1990",
				"/timeline?decade=2020");
		assertThat(get("/timeline?decade=1990").html().select("table.events tbody th a").eachText())
			.containsExactly("Test talks of 1995");
		assertThat(get("/timeline?decade=1995").html().select(".timeline-decades .active a").text()).isEqualTo("1990s");
		assertThat(get("/timeline?decade=2147483647").status()).isEqualTo(200);
		assertThat(get("/timeline?decade=-2147483648").status()).isEqualTo(200);
	}

	@Test
	void theDecadesAreCountedOncePerDataVersion() {
		Counted first = countedAfterAWrite("/timeline");
		Counted again = getCounting("/timeline");
		Counted otherSelection = getCounting("/timeline?organization=sco");

		assertThat(again.statements()).isEqualTo(first.statements() - 1);
		assertThat(again.page().html().select(".timeline-decades a").eachText())
			.isEqualTo(first.page().html().select(".timeline-decades a").eachText());
		assertThat(otherSelection.statements()).isEqualTo(first.statements());

		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				values ('test-timeline-kept', 'Test talks of 1985', 'BILATERAL_MEETING', date '1985-05-05',
				        date '1985-05-05', 'HELD')""");
		Counted afterTheWrite = getCounting("/timeline");
		assertThat(afterTheWrite.statements()).isEqualTo(first.statements());
		assertThat(afterTheWrite.page().html().select(".timeline-decades a").eachText()).contains("1980s");
		assertThat(first.page().html().select(".timeline-decades a").eachText()).doesNotContain("1980s");
	}

}
