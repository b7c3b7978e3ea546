package org.summittracker.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summits as an iCalendar feed (RFC 5545), built with ical4j: one all-day VEVENT per
 * summit (DTEND is the day after the last day, as all-day events count it), its name,
 * place, page and status, and a UID that stays the same for the summit whatever is
 * edited, so calendar apps update the event instead of adding another.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

	static final String PRODUCT = "-//Summit Tracker//Summits//EN";

	static final String UID_DOMAIN = "summit-tracker";

	private final ExportRepository rows;

	CalendarFeed(ExportRepository rows) {
		this.rows = rows;
	}

	/** Every summit and meeting. */
	public String all(URI site) {
		return write("Summit Tracker", this.rows.findCalendar(), site);
	}

	/** The summits an organization convened; a missing organization is a 404. */
	public String of(String organization, URI site) {
		OrganizationRow found = this.rows.findOrganization(organization)
			.orElseThrow(() -> new RecordNotFoundException("organization", organization));
		return write(found.acronym() + " summits · Summit Tracker", this.rows.findCalendarOf(organization), site);
	}

	private static String write(String title, List<CalendarEntry> entries, URI site) {
		Calendar calendar = new Calendar().withProdId(PRODUCT)
			.withDefaults()
			.withProperty(new Name(title))
			.getFluentTarget();
		for (CalendarEntry entry : entries) {
			calendar.add(event(entry, site));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Invalid calendar: " + ex.getMessage(), ex);
		}
		return out.toString();
	}

	static VEvent event(CalendarEntry entry, URI site) {
		VEvent event = new VEvent(entry.startDate(), entry.endDate().plusDays(1), entry.name());
		event.add(new Uid("summit-" + entry.id() + "@" + UID_DOMAIN));
		event.add(new Url(site.resolve("/summits/" + entry.slug())));
		event.add(status(entry.status()));
		if (!entry.location().isEmpty()) {
			event.add(new Location(entry.location()));
		}
		if (entry.description() != null && !entry.description().isBlank()) {
			event.add(new Description(entry.description()));
		}
		return event;
	}

	/**
	 * Planned or postponed is tentative; confirmed or held is confirmed; cancelled stays
	 * cancelled.
	 */
	static Status status(SummitStatus status) {
		return switch (status) {
			case PLANNED, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
			case CONFIRMED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
		};
	}

}
