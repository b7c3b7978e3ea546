package org.summittracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summits as an iCalendar feed (RFC 5545), built with ical4j: one all-day VEVENT per
 * summit (DTEND is the day after the last day, as all-day events count it), its name,
 * place, page and status, and a UID that stays the same for the summit whatever is
 * edited, so calendar apps update the event instead of adding another. Written as the
 * summits are read, so a feed of every summit takes the same memory as a feed of one.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

	static final String PRODUCT = "-//Summit Tracker//Summits//EN";

	static final String UID_DOMAIN = "summit-tracker";

	private static final String END = "END:VCALENDAR";

	private final ExportRepository rows;

	CalendarFeed(ExportRepository rows) {
		this.rows = rows;
	}

	/** Every summit and meeting, written to {@code out} as they are read. */
	public void all(URI site, Writer out) {
		try (Stream<CalendarEntry> entries = this.rows.findCalendar()) {
			write("Summit Tracker", entries, site, out);
		}
	}

	/**
	 * The organization whose summits {@link #of} writes, checked before anything is
	 * written; a missing organization is a 404.
	 */
	public String titleOf(String organization) {
		return this.rows.findOrganization(organization)
			.map((found) -> found.acronym() + " summits · Summit Tracker")
			.orElseThrow(() -> new RecordNotFoundException("organization", organization));
	}

	/**
	 * The summits an organization convened, under the {@link #titleOf title} found first,
	 * written to {@code out} as they are read.
	 */
	public void of(String organization, String title, URI site, Writer out) {
		try (Stream<CalendarEntry> entries = this.rows.findCalendarOf(organization)) {
			write(title, entries, site, out);
		}
	}

	/**
	 * The calendar one event at a time: its head (the properties ical4j writes for an
	 * empty calendar), each VEVENT as ical4j writes it, folded as its outputter folds
	 * lines, then the end. The same text as ical4j's whole-calendar output, without ever
	 * holding every event.
	 */
	private static void write(String title, Stream<CalendarEntry> entries, URI site, Writer out) {
		String empty = new Calendar().withProdId(PRODUCT)
			.withDefaults()
			.withProperty(new Name(title))
			.getFluentTarget()
			.toString();
		int end = empty.lastIndexOf(END);
		try (FoldingWriter folded = new FoldingWriter(out, FoldingWriter.REDUCED_FOLD_LENGTH)) {
			folded.write(empty.substring(0, end));
			for (CalendarEntry entry : (Iterable<CalendarEntry>) entries::iterator) {
				folded.write(event(entry, site).toString());
			}
			folded.write(empty.substring(end));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
