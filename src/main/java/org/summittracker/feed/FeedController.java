package org.summittracker.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.summittracker.history.HistoryService;
import org.summittracker.history.HistoryService.FeedEntry;
import org.summittracker.history.HistoryService.Followed;
import org.summittracker.history.RecordKind;
import org.summittracker.nation.Nation;
import org.summittracker.nation.NationRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.person.Person;
import org.summittracker.person.PersonRepository;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of what changed, read from the record history: everything
 * ({@code /changes.atom}), or one summit, leader, nation or organization with the rows
 * that belong to it ({@code /summits/{slug}/changes.atom}, ...). Each page links its feed
 * from its head.
 */
@Controller
record FeedController(HistoryService history, SummitRepository summits, PersonRepository people,
		NationRepository nations, OrganizationRepository organizations, MessageSource messages, Clock clock) {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int ENTRIES = 50;

	@GetMapping("/changes.atom")
	ResponseEntity<String> all(Locale locale) {
		return feed("/changes.atom", "/", msg("feed.all", locale), List.of(), locale);
	}

	@GetMapping("/summits/{slug}/changes.atom")
	ResponseEntity<String> summit(@PathVariable String slug, Locale locale) {
		Summit summit = this.summits.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("summit", slug));
		return recordFeed("/summits/" + slug, summit.getName(), locale, RecordKind.SUMMIT, summit.getId(),
				new Followed(RecordKind.SUMMIT, "parent_id", summit.getId()),
				new Followed(RecordKind.ATTENDANCE, "summit_id", summit.getId()));
	}

	@GetMapping("/leaders/{slug}/changes.atom")
	ResponseEntity<String> leader(@PathVariable String slug, Locale locale) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("leader", slug));
		return recordFeed("/leaders/" + slug, person.getName(), locale, RecordKind.PERSON, person.getId(),
				new Followed(RecordKind.PERSON_NAME, "person_id", person.getId()),
				new Followed(RecordKind.TENURE, "person_id", person.getId()),
				new Followed(RecordKind.ATTENDANCE, "person_id", person.getId()));
	}

	@GetMapping("/nations/{slug}/changes.atom")
	ResponseEntity<String> nation(@PathVariable String slug, Locale locale) {
		Nation nation = this.nations.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("nation", slug));
		return recordFeed("/nations/" + slug, nation.getName(), locale, RecordKind.NATION, nation.getId(),
				new Followed(RecordKind.NATION_NAME, "nation_id", nation.getId()),
				new Followed(RecordKind.MEMBERSHIP, "nation_id", nation.getId()),
				new Followed(RecordKind.ATTENDANCE, "nation_id", nation.getId()));
	}

	@GetMapping("/organizations/{slug}/changes.atom")
	ResponseEntity<String> organization(@PathVariable String slug, Locale locale) {
		Organization organization = this.organizations.findBySlug(slug)
			.orElseThrow(() -> new RecordNotFoundException("organization", slug));
		return recordFeed("/organizations/" + slug, organization.getName(), locale, RecordKind.ORGANIZATION,
				organization.getId(), new Followed(RecordKind.MEMBERSHIP, "organization_id", organization.getId()),
				new Followed(RecordKind.SUMMIT, "organization_id", organization.getId()));
	}

	/**
	 * The feed of one record's page: the record's own changes and those of the rows that
	 * belong to it.
	 */
	private ResponseEntity<String> recordFeed(String page, String name, Locale locale, RecordKind kind, long id,
			Followed... belonging) {
		List<Followed> followed = new ArrayList<>();
		followed.add(Followed.record(kind, id));
		followed.addAll(List.of(belonging));
		return feed(page + "/changes.atom", page, msg("feed.title", locale, name), followed, locale);
	}

	private ResponseEntity<String> feed(String self, String page, String title, List<Followed> followed,
			Locale locale) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<FeedEntry> entries = this.history.changesOf(followed, ENTRIES);
		String body = AtomFeed.write(base + self, title, base + self, base + page, this.clock.instant(), entries,
				new AtomFeed.Words() {

					@Override
					public String title(FeedEntry entry) {
						return msg("feed.entry.title", locale, action(entry, locale), kind(entry, locale),
								entry.label());
					}

					@Override
					public String summary(FeedEntry entry) {
						return msg("feed.entry.summary", locale, kind(entry, locale), entry.label(),
								action(entry, locale).toLowerCase(locale), entry.who(), entry.revision());
					}

					@Override
					public String link(FeedEntry entry) {
						return base + "/history/" + entry.kind() + "/" + entry.id();
					}

				});
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	private String action(FeedEntry entry, Locale locale) {
		return msg("history.action." + entry.action().name(), locale);
	}

	private String kind(FeedEntry entry, Locale locale) {
		return msg("history.kind." + entry.kind(), locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
