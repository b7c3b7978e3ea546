package org.summittracker.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar feeds parse with ical4j and hold each summit as an all-day event with a stable
 * UID.
 */
class CalendarFeedTest extends IntegrationTest {

	@Autowired
	ExportRepository rows;

	private TransactionTemplate readOnly;

	@Autowired
	void readOnly(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from summit where slug like 'test-calendar-%'");
	}

	@Test
	void theScoFeedHasTheAstanaSummitAsAnAllDayEventEndingTheDayAfter() {
		Page page = get("/organizations/sco/summits.ics");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).isEqualTo("text/calendar;charset=UTF-8");
		VEvent astana = event(parse(page.body()), "SCO Summit 2024");
		assertThat(value(astana, Property.DTSTART)).isEqualTo("20240703");
		assertThat(astana.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
			.isEqualTo("DATE");
		assertThat(astana.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2024, 7, 3));
		assertThat(astana.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(value(astana, Property.LOCATION)).isEqualTo("Astana, Kazakhstan");
		assertThat(value(astana, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(astana, Property.URL)).isEqualTo(baseUrl() + "/summits/sco-2024-astana");
		assertThat(parse(page.body()).getComponents(VEvent.VEVENT))
			.extracting((e) -> value((VEvent) e, Property.SUMMARY))
			.contains("SCO Summit 2023", "SCO Summit 2025")
			.doesNotContain("NATO Summit 2024");
	}

	@Test
	void eachSummitKeepsItsUidAcrossFeedsAndFetches() {
		String first = value(event(parse(get("/summits.ics").body()), "SCO Summit 2024"), Property.UID);
		String again = value(event(parse(get("/summits.ics").body()), "SCO Summit 2024"), Property.UID);
		String inScoFeed = value(event(parse(get("/organizations/sco/summits.ics").body()), "SCO Summit 2024"),
				Property.UID);

		assertThat(first).isEqualTo(again).isEqualTo(inScoFeed).endsWith("@summit-tracker");
	}

	@Test
	void theOverallFeedHasEverySummitWithItsStatus() {
		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				values ('test-calendar-called-off', 'Test talks called off', 'BILATERAL_MEETING', date '2026-03-02',
				        date '2026-03-02', 'CANCELLED'),
				       ('test-calendar-planned', 'Test talks planned', 'BILATERAL_MEETING', date '2026-04-02',
				        date '2026-04-02', 'PLANNED')""");

		Calendar calendar = parse(get("/summits.ics").body());

		assertThat(calendar.getComponents(VEvent.VEVENT))
			.hasSize(this.jdbc.queryForObject("select count(*) from summit", Integer.class));
		assertThat(value(event(calendar, "Test talks planned"), Property.STATUS)).isEqualTo("TENTATIVE");
		assertThat(value(event(calendar, "Erdoğan–Putin talks in Astana"), Property.STATUS)).isEqualTo("CONFIRMED");
		VEvent calledOff = event(calendar, "Test talks called off");
		assertThat(value(calledOff, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(calledOff.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void theStreamedFeedIsTheCalendarIcal4jWritesWhole() throws Exception {
		URI site = URI.create(baseUrl() + "/");
		Calendar whole = new Calendar().withProdId(CalendarFeed.PRODUCT)
			.withDefaults()
			.withProperty(new Name("Summit Tracker"))
			.getFluentTarget();
		this.readOnly.executeWithoutResult((status) -> {
			try (Stream<CalendarEntry> entries = this.rows.findCalendar()) {
				entries.forEach((entry) -> whole.add(CalendarFeed.event(entry, site)));
			}
		});
		StringWriter expected = new StringWriter();
		new CalendarOutputter(true).output(whole, expected);

		String streamed = get("/summits.ics").body();

		assertThat(withoutStamps(streamed)).isEqualTo(withoutStamps(expected.toString()));
		assertThat(streamed).contains("UID:summit-");
	}

	/** The moment each event was written (DTSTAMP), which differs between two writes. */
	private static String withoutStamps(String calendar) {
		return calendar.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "DTSTAMP\r\n");
	}

	@Test
	void feedsIssueAtMostTwoStatementsAndAMissingOrganizationIsNotFound() {
		assertThat(getCounting("/summits.ics").statements()).isEqualTo(1);
		assertThat(getCounting("/organizations/sco/summits.ics").statements()).isEqualTo(2);
		assertThat(get("/organizations/no-such-organization/summits.ics").status()).isEqualTo(404);
	}

	private static Calendar parse(String body) {
		try {
			return new CalendarBuilder().build(new StringReader(body));
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("Not a calendar: " + body, ex);
		}
	}

	private static VEvent event(Calendar calendar, String summary) {
		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		return events.stream()
			.filter((e) -> summary.equals(value(e, Property.SUMMARY)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event " + summary));
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

}
