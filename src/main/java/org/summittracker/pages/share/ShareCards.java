package org.summittracker.pages.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.summittracker.organization.Membership;
import org.summittracker.organization.Standing;
import org.summittracker.pages.nation.NationPage;
import org.summittracker.pages.organization.OrganizationPage;
import org.summittracker.pages.person.PersonPage;
import org.summittracker.pages.summit.SummitPage;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;
import org.summittracker.system.Formats;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the share card of a page from the data the page shows: "SCO Summit 2024, Astana,
 * 3–4 July 2024: 10 member delegations, …; India sent S. Jaishankar, a minister, instead
 * of Narendra Modi". Nothing in a summary is typed in by hand.
 */
@Component
public class ShareCards {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final Formats formats;

	ShareCards(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The card of a page model, or one with just the canonical address. */
	ShareCard of(Object page, String base, String path) {
		String url = base + path;
		if (page instanceof SummitPage summit) {
			String slug = summit.summit().getSlug();
			return new ShareCard(summit.summit().getName(), describe(summit), url,
					base + "/summits/" + slug + "/changes.atom", oembed(base, url), eventJsonLd(summit, base));
		}
		if (page instanceof PersonPage person) {
			return new ShareCard(person.person().getName(), describe(person), url,
					base + "/leaders/" + person.person().getSlug() + "/changes.atom", oembed(base, url), null);
		}
		if (page instanceof NationPage nation) {
			return new ShareCard(nation.nation().getName(), describe(nation), url,
					base + "/nations/" + nation.nation().getSlug() + "/changes.atom", null, null);
		}
		if (page instanceof OrganizationPage organization) {
			return new ShareCard(organization.organization().getName(), describe(organization), url,
					base + "/organizations/" + organization.organization().getSlug() + "/changes.atom", null, null);
		}
		return new ShareCard(null, null, url, null, null, null);
	}

	/**
	 * "SCO Summit 2024, Astana, 3–4 July 2024: 10 member delegations, 2 observers; India
	 * sent S. Jaishankar, a minister, instead of Narendra Modi."
	 */
	public String describe(SummitPage page) {
		Summit s = page.summit();
		List<String> counts = new ArrayList<>();
		page.groups().forEach((standing, rows) -> counts.add(msg("share.count." + standing.name(), rows.size())));
		String attendance = counts.isEmpty() ? msg("share.count.none") : String.join(", ", counts);
		List<String> standIns = new ArrayList<>();
		page.groups()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((a) -> a.getInsteadOf() != null && a.getPerson() != null)
			.forEach((a) -> standIns.add(msg("share.standIn", represented(a), a.getPerson().getName(),
					msg("share.capacity." + a.getCapacity().name()), a.getInsteadOf().getName())));
		String where = (s.getCity() != null) ? s.getCity()
				: (s.getHostNation() != null) ? s.getHostNation().getName() : null;
		String when = this.formats.range(s.getStartDate(), s.getEndDate());
		String head = (where != null) ? msg("share.summit", s.getName(), where, when)
				: msg("share.summit.noPlace", s.getName(), when);
		String text = head + ": " + attendance;
		if (!standIns.isEmpty()) {
			text += "; " + String.join("; ", standIns);
		}
		return text + ".";
	}

	/**
	 * "Recep Tayyip Erdoğan, President of Turkey: 3 summits and meetings on record, most
	 * recently NATO Summit 2024 (9–11 July 2024)."
	 */
	public String describe(PersonPage page) {
		String office = page.tenures()
			.stream()
			.filter((t) -> t.getEnd() == null)
			.map((t) -> t.getOffice().getTitle())
			.collect(Collectors.joining(", "));
		String who = office.isEmpty() ? page.person().getName() : page.person().getName() + ", " + office;
		String text = who + ": " + msg("share.person.count", page.appearancePages().getTotalElements());
		// the table runs oldest first, a page at a time: the latest is known on its last
		// page only
		if (!page.appearances().isEmpty() && page.appearancePages().isLast()) {
			Summit latest = page.appearances()
				.stream()
				.map(Attendance::getSummit)
				.max(java.util.Comparator.comparing(Summit::getStartDate))
				.orElseThrow();
			text += msg("share.person.latest", latest.getName(),
					this.formats.range(latest.getStartDate(), latest.getEndDate()));
		}
		return text + ".";
	}

	/** "Turkey: member of NATO, dialogue partner of SCO; represented at 3 summits." */
	public String describe(NationPage page) {
		String standings = page.memberships()
			.stream()
			.filter(Membership::isCurrent)
			.map((m) -> msg("share.nation.standing", msg("share.standingOf." + m.getStanding().name()),
					m.getOrganization().getAcronym()))
			.collect(Collectors.joining(", "));
		String text = page.nation().getName() + ": ";
		if (!standings.isEmpty()) {
			text += standings + "; ";
		}
		return text + msg("share.nation.count", page.representationPages().getTotalElements()) + ".";
	}

	/**
	 * "Shanghai Cooperation Organisation (SCO): 10 members, 2 observers; 3 summits on
	 * record."
	 */
	public String describe(OrganizationPage page) {
		List<String> counts = new ArrayList<>();
		for (Map.Entry<Standing, Integer> standing : page.standings().entrySet()) {
			counts.add(msg("share.standing." + standing.getKey().name(), standing.getValue()));
		}
		String text = page.organization().getName() + " (" + page.organization().getAcronym() + "): ";
		if (!counts.isEmpty()) {
			text += String.join(", ", counts) + "; ";
		}
		return text + msg("share.organization.count", page.summits().size()) + ".";
	}

	/** schema.org Event of a summit: when, where, convened by whom, who attended. */
	private String eventJsonLd(SummitPage page, String base) {
		Summit s = page.summit();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "Event");
		event.put("name", s.getName());
		event.put("url", base + "/summits/" + s.getSlug());
		event.put("description", describe(page));
		event.put("startDate", s.getStartDate().toString());
		event.put("endDate", ((s.getEndDate() != null) ? s.getEndDate() : s.getStartDate()).toString());
		event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		event.put("eventStatus", "https://schema.org/" + switch (s.getStatus()) {
			case CANCELLED -> "EventCancelled";
			case POSTPONED -> "EventPostponed";
			default -> "EventScheduled";
		});
		if (s.getCity() != null || s.getHostNation() != null) {
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			place.put("name", (s.getVenue() != null) ? s.getVenue() : s.getPlace());
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			if (s.getCity() != null) {
				address.put("addressLocality", s.getCity());
			}
			if (s.getHostNation() != null) {
				address.put("addressCountry", s.getHostNation().getIsoAlpha2());
			}
			place.put("address", address);
			if (s.isLocated()) {
				place.put("geo",
						Map.of("@type", "GeoCoordinates", "latitude", s.getLatitude(), "longitude", s.getLongitude()));
			}
			event.put("location", place);
		}
		if (s.getOrganization() != null) {
			event.put("organizer", Map.of("@type", "Organization", "name", s.getOrganization().getName(), "url",
					base + "/organizations/" + s.getOrganization().getSlug()));
		}
		List<Map<String, Object>> attendees = new ArrayList<>();
		page.groups().values().stream().flatMap(List::stream).filter((a) -> a.getPerson() != null).forEach((a) -> {
			attendees.add(Map.of("@type", "Person", "name", a.getPerson().getName(), "url",
					base + "/leaders/" + a.getPerson().getSlug()));
		});
		if (!attendees.isEmpty()) {
			event.put("attendee", attendees);
		}
		// "<" never appears raw, so the JSON cannot close the script element it sits in
		return JSON.writeValueAsString(event).replace("<", "\\u003c");
	}

	private static String represented(Attendance a) {
		return (a.getNation() != null) ? a.getNation().getName()
				: (a.getOrganization() != null) ? a.getOrganization().getName() : "";
	}

	private static String oembed(String base, String url) {
		return base + "/oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
	}

	private String msg(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
