package org.summittracker.historian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Everything an import reconciles against, loaded once in a few statements: nations and
 * their other names, organizations and memberships, people and their other names, offices
 * and tenures, summits, attendance, sources, earlier imported records and review
 * decisions. Rows the import creates join the same maps as it goes.
 */
final class HistorianLookups {

	/** One row of {@code historian/countries.tsv}. */
	record Country(String officeId, String slug, String name, String alpha2, String alpha3) {
	}

	record NationRef(long id, boolean created) {
	}

	record KnownRecord(long id, String hash, String status) {
	}

	record Fact(long id, String role, String table, long rowId, Map<String, Object> imported) {
	}

	record Review(long id, String decision, Long personId) {
	}

	private record Tenure(String kind, long officeId, LocalDate start, LocalDate end) {

		boolean on(LocalDate day) {
			return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
		}

	}

	private record Standing(String standing, LocalDate start, LocalDate end) {

		boolean on(LocalDate day) {
			return (this.start == null || !day.isBefore(this.start)) && (this.end == null || !day.isAfter(this.end));
		}

	}

	/** A summit an import may attach attendance to; one it creates may still widen. */
	static final class KnownSummit {

		private final long id;

		private final Long organizationId;

		private final String meetingKey;

		private final Long hostId;

		private LocalDate start;

		private LocalDate end;

		private final HistorianWrites.PendingSummit pending;

		KnownSummit(long id, Long organizationId, String meetingKey, Long hostId, LocalDate start, LocalDate end,
				HistorianWrites.PendingSummit pending) {
			this.id = id;
			this.organizationId = organizationId;
			this.meetingKey = meetingKey;
			this.hostId = hostId;
			this.start = start;
			this.end = end;
			this.pending = pending;
		}

		long id() {
			return this.id;
		}

		boolean createdNow() {
			return this.pending != null;
		}

	}

	private static final Map<String, Country> COUNTRIES = loadCountries();

	private final JdbcTemplate jdbc;

	private final HistorianWrites writes;

	private final Map<String, Long> nationBySlug = new HashMap<>();

	private final Map<String, Long> nationByIso = new HashMap<>();

	private final Map<String, Long> nationByName = new HashMap<>();

	private final Map<Long, String> nationSlugs = new HashMap<>();

	private final Map<Long, String> nationNames = new HashMap<>();

	private final Set<String> nationOtherNames = new HashSet<>();

	private final Map<String, Long> organizationByAcronym = new HashMap<>();

	private final Map<Long, String[]> organizationInfo = new HashMap<>();

	private final Map<Long, Map<Long, List<Standing>>> memberships = new HashMap<>();

	private final Map<Long, String> personNames = new HashMap<>();

	private final Map<Long, Long> nationalities = new HashMap<>();

	private final Map<String, List<Long>> peopleByKey = new HashMap<>();

	private final Map<String, List<Long>> peopleByLooseKey = new HashMap<>();

	private final Map<String, List<Long>> peopleByFamilyName = new HashMap<>();

	private final Set<String> personOtherNames = new HashSet<>();

	private final Set<String> personSlugs = new HashSet<>();

	private final Set<Long> createdPeople = new HashSet<>();

	private final Map<Long, List<Tenure>> tenures = new HashMap<>();

	private final Map<String, Long> offices = new HashMap<>();

	private final Map<Long, List<KnownSummit>> summitsByOrganization = new HashMap<>();

	private final Map<String, List<KnownSummit>> meetingsByKey = new HashMap<>();

	private final Map<Long, HistorianWrites.PendingSummit> pendingSummits = new HashMap<>();

	private final Set<String> summitSlugs = new HashSet<>();

	private final Map<Long, LocalDate[]> summitDates = new HashMap<>();

	private final Map<String, Long> attendance = new HashMap<>();

	private final Map<String, KnownRecord> records = new HashMap<>();

	private final Map<String, Review> reviews = new HashMap<>();

	private final Map<String, Long> sources = new HashMap<>();

	HistorianLookups(JdbcTemplate jdbc, HistorianWrites writes) {
		this.jdbc = jdbc;
		this.writes = writes;
		query(jdbc, "select id, slug, name, iso_alpha2 from nation", (rs) -> {
			long id = rs.getLong(1);
			this.nationBySlug.put(rs.getString(2), id);
			this.nationByName.put(rs.getString(3).toLowerCase(Locale.ROOT), id);
			if (rs.getString(4) != null) {
				this.nationByIso.put(rs.getString(4), id);
			}
			this.nationSlugs.put(id, rs.getString(2));
			this.nationNames.put(id, rs.getString(3));
		});
		query(jdbc, "select nation_id, name from nation_name",
				(rs) -> this.nationOtherNames.add(rs.getLong(1) + "|" + rs.getString(2).toLowerCase(Locale.ROOT)));
		query(jdbc, "select id, acronym, slug from organization", (rs) -> {
			this.organizationByAcronym.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
			this.organizationInfo.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
		});
		query(jdbc, """
				select organization_id, nation_id, standing, start_date, partial_date_last_day(end_date, end_precision)
				from membership""",
				(rs) -> this.memberships.computeIfAbsent(rs.getLong(1), (o) -> new HashMap<>())
					.computeIfAbsent(rs.getLong(2), (n) -> new ArrayList<>())
					.add(new Standing(rs.getString(3), date(rs.getDate(4)), date(rs.getDate(5)))));
		query(jdbc, "select id, slug, name, nationality_id from person", (rs) -> {
			long id = rs.getLong(1);
			this.personSlugs.add(rs.getString(2));
			Long nation = rs.getObject(4, Long.class);
			indexPerson(id, rs.getString(3), nation);
		});
		query(jdbc, "select person_id, name from person_name", (rs) -> indexName(rs.getLong(1), rs.getString(2)));
		query(jdbc,
				"""
						select t.person_id, o.kind, t.office_id, t.start_date, partial_date_last_day(t.end_date, t.end_precision)
						from tenure t join office o on o.id = t.office_id""",
				(rs) -> addTenure(rs.getLong(1), rs.getString(2), rs.getLong(3), date(rs.getDate(4)),
						date(rs.getDate(5))));
		query(jdbc, "select id, slug from office", (rs) -> this.offices.put(rs.getString(2), rs.getLong(1)));
		query(jdbc, "select id, slug, organization_id, kind, name, start_date, end_date, host_nation_id from summit",
				(rs) -> {
					this.summitSlugs.add(rs.getString(2));
					this.summitDates.put(rs.getLong(1), new LocalDate[] { date(rs.getDate(6)), date(rs.getDate(7)) });
					Long organization = rs.getObject(3, Long.class);
					KnownSummit summit = new KnownSummit(rs.getLong(1), organization,
							meetingKeyOf(rs.getString(4), organization, rs.getString(5)), rs.getObject(8, Long.class),
							date(rs.getDate(6)), date(rs.getDate(7)), null);
					register(summit, rs.getString(4));
				});
		query(jdbc, "select id, summit_id, person_id from attendance where person_id is not null",
				(rs) -> this.attendance.put(rs.getLong(2) + "|" + rs.getLong(3), rs.getLong(1)));
		query(jdbc, "select id, dataset, upstream_id, content_hash, status from historian_record",
				(rs) -> this.records.put(rs.getString(2) + "|" + rs.getInt(3),
						new KnownRecord(rs.getLong(1), rs.getString(4), rs.getString(5))));
		query(jdbc, "select id, match_key, decision, person_id from historian_review", (rs) -> this.reviews
			.put(rs.getString(2), new Review(rs.getLong(1), rs.getString(3), rs.getObject(4, Long.class))));
		query(jdbc, "select id, url from source where url like 'https://history.state.gov/%'",
				(rs) -> this.sources.put(rs.getString(2), rs.getLong(1)));
	}

	private static void query(JdbcTemplate jdbc, String sql, RowCallbackHandler handler, Object... arguments) {
		jdbc.query(sql, handler, arguments);
	}

	private static LocalDate date(java.sql.Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static String meetingKeyOf(String kind, Long organization, String name) {
		if (!"MULTILATERAL_MEETING".equals(kind) || organization != null) {
			return null;
		}
		return "meeting:" + VisitorNames.slug(name.replaceAll("\\s+\\d{4}$", ""));
	}

	private void register(KnownSummit summit, String kind) {
		if (summit.organizationId != null && "ORGANIZATION_SUMMIT".equals(kind)) {
			this.summitsByOrganization.computeIfAbsent(summit.organizationId, (o) -> new ArrayList<>()).add(summit);
		}
		else if (summit.meetingKey != null) {
			this.meetingsByKey.computeIfAbsent(summit.meetingKey, (k) -> new ArrayList<>()).add(summit);
		}
	}

	private static Map<String, Country> loadCountries() {
		Map<String, Country> countries = new HashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				HistorianLookups.class.getResourceAsStream("/historian/countries.tsv"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				countries.put(f[0],
						new Country(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3], f[4].isEmpty() ? null : f[4]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return countries;
	}

	// --- nations
	// ----------------------------------------------------------------------------------------------------

	/**
	 * The Office's country id as a nation: its row of countries.tsv, else the id and name
	 * as given.
	 */
	Country country(String officeId, String name) {
		Country known = COUNTRIES.get(officeId);
		if (known != null) {
			return known;
		}
		String slug = VisitorNames.slug(officeId);
		return new Country(officeId, slug, name.isBlank() ? officeId : name.trim(), null, null);
	}

	/** The recorded nation of a country (by slug, ISO code or name), or a new one. */
	NationRef nation(Country country) {
		Long id = this.nationBySlug.get(country.slug());
		if (id == null && country.alpha2() != null) {
			id = this.nationByIso.get(country.alpha2());
		}
		if (id == null) {
			id = this.nationByName.get(country.name().toLowerCase(Locale.ROOT));
		}
		if (id != null) {
			return new NationRef(id, false);
		}
		long created = this.writes.nextId("nation");
		this.writes.nations
			.add(new Object[] { created, country.slug(), country.name(), country.alpha2(), country.alpha3() });
		this.nationBySlug.put(country.slug(), created);
		this.nationByName.put(country.name().toLowerCase(Locale.ROOT), created);
		if (country.alpha2() != null) {
			this.nationByIso.put(country.alpha2(), created);
		}
		this.nationSlugs.put(created, country.slug());
		this.nationNames.put(created, country.name());
		return new NationRef(created, true);
	}

	/** Records the Office's name of a nation as one of its other names, if new. */
	void otherNationName(long nationId, String name, long sourceId, BiConsumer<String, Long> cite) {
		String clean = name.replaceAll("\\s+", " ").trim();
		if (clean.isEmpty() || clean.length() > 200 || clean.equalsIgnoreCase(this.nationNames.get(nationId))
				|| !this.nationOtherNames.add(nationId + "|" + clean.toLowerCase(Locale.ROOT))) {
			return;
		}
		long id = this.writes.nextId("nation_name");
		this.writes.nationNames
			.add(new Object[] { id, nationId, clean, "Name in the Office of the Historian's records" });
		cite.accept("nation_name_id", id);
	}

	String nationSlug(long id) {
		return this.nationSlugs.get(id);
	}

	String nationName(long id) {
		return this.nationNames.get(id);
	}

	// --- organizations
	// ----------------------------------------------------------------------------------------------

	/**
	 * The recorded organization of an acronym, or a new one from
	 * {@link SummitMentions#ORGANIZATIONS}.
	 */
	long organization(String acronym, BiConsumer<String, Long> cite) {
		Long id = this.organizationByAcronym.get(acronym.toLowerCase(Locale.ROOT));
		if (id != null) {
			return id;
		}
		String[] info = SummitMentions.ORGANIZATIONS.get(acronym);
		long created = this.writes.nextId("organization");
		this.writes.organizations.add(new Object[] { created, info[0], acronym, info[1], info[2] });
		this.organizationByAcronym.put(acronym.toLowerCase(Locale.ROOT), created);
		this.organizationInfo.put(created, new String[] { acronym, info[0] });
		cite.accept("organization_id", created);
		return created;
	}

	String organizationAcronym(long id) {
		return this.organizationInfo.get(id)[0];
	}

	String organizationSlug(long id) {
		return this.organizationInfo.get(id)[1];
	}

	/**
	 * A nation's standing in an organization on a day: as its memberships record, a guest
	 * when it held none then, unknown when the organization has no recorded members.
	 */
	String standingOn(long organization, long nation, LocalDate day) {
		Map<Long, List<Standing>> members = this.memberships.get(organization);
		if (members == null || members.isEmpty()) {
			return null;
		}
		for (Standing standing : members.getOrDefault(nation, List.of())) {
			if (standing.on(day)) {
				return standing.standing().equals("SUSPENDED") ? "GUEST" : standing.standing();
			}
		}
		return "GUEST";
	}

	// --- people
	// -----------------------------------------------------------------------------------------------------

	private void indexPerson(long id, String name, Long nation) {
		this.personNames.put(id, name);
		if (nation != null) {
			this.nationalities.put(id, nation);
		}
		indexName(id, name);
	}

	private void indexName(long id, String name) {
		this.personOtherNames.add(id + "|" + name.toLowerCase(Locale.ROOT));
		add(this.peopleByKey, VisitorNames.key(name), id);
		String loose = VisitorNames.looseKey(name);
		if (loose != null) {
			add(this.peopleByLooseKey, loose, id);
		}
		List<String> words = VisitorNames.words(name);
		if (!words.isEmpty() && this.nationalities.containsKey(id)) {
			add(this.peopleByFamilyName, this.nationalities.get(id) + "|" + words.get(words.size() - 1), id);
			add(this.peopleByFamilyName, this.nationalities.get(id) + "|" + words.get(0), id);
		}
	}

	private static void add(Map<String, List<Long>> index, String key, long id) {
		List<Long> ids = index.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (!ids.contains(id)) {
			ids.add(id);
		}
	}

	List<Long> peopleByKey(String key) {
		return this.peopleByKey.getOrDefault(key, List.of());
	}

	List<Long> peopleByLooseKey(String key) {
		return (key == null) ? List.of() : this.peopleByLooseKey.getOrDefault(key, List.of());
	}

	List<Long> peopleByFamilyName(long nation, String word) {
		return this.peopleByFamilyName.getOrDefault(nation + "|" + word, List.of());
	}

	/** Whether a person may be the one a record of that nation names. */
	boolean compatible(long person, Long nation) {
		Long nationality = this.nationalities.get(person);
		return nation == null || nationality == null || nationality.equals(nation);
	}

	boolean createdNow(long person) {
		return this.createdPeople.contains(person);
	}

	boolean personExists(long person) {
		return this.personNames.containsKey(person);
	}

	String personName(long person) {
		return this.personNames.get(person);
	}

	Long nationality(long person) {
		return this.nationalities.get(person);
	}

	long createPerson(String name, Long nation, String countrySlug) {
		long id = this.writes.nextId("person");
		String base = VisitorNames.slug(name);
		String slug = base;
		if (this.personSlugs.contains(slug)) {
			slug = base + "-" + countrySlug;
		}
		for (int n = 2; this.personSlugs.contains(slug); n++) {
			slug = base + "-" + countrySlug + "-" + n;
		}
		this.personSlugs.add(slug);
		this.writes.people.add(new Object[] { id, slug, name, sortName(name, countrySlug), nation });
		this.createdPeople.add(id);
		indexPerson(id, name, nation);
		return id;
	}

	/** Family name first where names are written so, else "Family, Given". */
	private static String sortName(String name, String countrySlug) {
		String[] words = name.split(" ");
		if (words.length < 2 || Set
			.of("china", "taiwan", "japan", "korea", "korea-south", "korea-north", "vietnam", "hungary", "cambodia",
					"mongolia")
			.contains(countrySlug)) {
			return name;
		}
		String last = words[words.length - 1];
		return last + ", " + name.substring(0, name.length() - last.length()).trim();
	}

	/** Records another spelling of a person's name, with its citation, if new. */
	void addOtherName(long person, String name, long sourceId, BiConsumer<String, Long> cite) {
		if (name.length() > 200 || !this.personOtherNames.add(person + "|" + name.toLowerCase(Locale.ROOT))) {
			return;
		}
		long id = this.writes.nextId("person_name");
		this.writes.personNames.add(new Object[] { id, person, name });
		indexName(person, name);
		cite.accept("person_name_id", id);
	}

	// --- offices and tenures
	// ----------------------------------------------------------------------------------------

	long office(String slug, String title, String kind, long nation) {
		Long id = this.offices.get(slug);
		if (id != null) {
			return id;
		}
		long created = this.writes.nextId("office");
		this.writes.offices.add(new Object[] { created, slug, title, kind, nation });
		this.offices.put(slug, created);
		return created;
	}

	void addTenure(long person, String kind, long office, LocalDate start, LocalDate end) {
		this.tenures.computeIfAbsent(person, (p) -> new ArrayList<>()).add(new Tenure(kind, office, start, end));
	}

	/** Whether a person has a recorded tenure in an office. */
	boolean holds(long person, long office) {
		return this.tenures.getOrDefault(person, List.of()).stream().anyMatch((t) -> t.officeId() == office);
	}

	/** The kind of office a person held on a day, as their tenures record. */
	String officeKindOn(long person, LocalDate day) {
		for (Tenure tenure : this.tenures.getOrDefault(person, List.of())) {
			if (tenure.on(day)) {
				return tenure.kind();
			}
		}
		return null;
	}

	/** Who held an office on a day, as the tenures record. */
	Long holderOn(long office, LocalDate day) {
		for (Map.Entry<Long, List<Tenure>> held : this.tenures.entrySet()) {
			for (Tenure tenure : held.getValue()) {
				if (tenure.officeId() == office && tenure.on(day)) {
					return held.getKey();
				}
			}
		}
		return null;
	}

	// --- summits and attendance
	// -------------------------------------------------------------------------------------

	/**
	 * The summit of an organization (or the named meeting) on overlapping dates, hosted
	 * by the same nation when both say; one this import creates also takes records a few
	 * days either side (the same gathering reported with slightly different dates).
	 */
	KnownSummit findSummit(Long organization, String meetingKey, long host, LocalDate start, LocalDate end) {
		List<KnownSummit> candidates = (organization != null)
				? this.summitsByOrganization.getOrDefault(organization, List.of())
				: this.meetingsByKey.getOrDefault(meetingKey, List.of());
		for (KnownSummit summit : candidates) {
			if (summit.hostId != null && summit.hostId != host) {
				continue;
			}
			int slack = summit.createdNow() ? 3 : 0;
			if (!summit.start.minusDays(slack).isAfter(end) && !start.isAfter(summit.end.plusDays(slack))) {
				return summit;
			}
		}
		return null;
	}

	/**
	 * The summit, when a meeting on these dates falls within its dates (a sideline
	 * meeting must), else null.
	 */
	Long within(Long summit, LocalDate start, LocalDate end) {
		if (summit == null) {
			return null;
		}
		LocalDate[] dates = this.summitDates.get(summit);
		return (dates != null && !start.isBefore(dates[0]) && !end.isAfter(dates[1])) ? summit : null;
	}

	void widen(KnownSummit summit, LocalDate start, LocalDate end) {
		if (start.isBefore(summit.start)) {
			summit.start = start;
			summit.pending.start = start;
		}
		if (end.isAfter(summit.end)) {
			summit.end = end;
			summit.pending.end = end;
		}
		this.summitDates.put(summit.id, new LocalDate[] { summit.start, summit.end });
	}

	long createSummit(String mentionKey, String slug, String name, String kind, Long organization, Long parent,
			long host, LocalDate start, LocalDate end, String description) {
		long id = this.writes.nextId("summit");
		String base = (slug.length() > 110) ? slug.substring(0, 110) : slug;
		String unique = base;
		for (int n = 2; this.summitSlugs.contains(unique); n++) {
			unique = base + "-" + n;
		}
		this.summitSlugs.add(unique);
		String shortName = (name.length() > 200) ? name.substring(0, 199) + "…" : name;
		HistorianWrites.PendingSummit pending = new HistorianWrites.PendingSummit(id, unique, shortName, kind,
				organization, parent, host, start, end, description);
		this.writes.summits.add(pending);
		this.summitDates.put(id, new LocalDate[] { start, end });
		this.pendingSummits.put(id, pending);
		if (mentionKey != null) {
			register(new KnownSummit(id, organization, (organization == null) ? mentionKey : null, host, start, end,
					pending), kind);
		}
		return id;
	}

	void setCity(long summit, String city) {
		HistorianWrites.PendingSummit pending = this.pendingSummits.get(summit);
		if (pending != null && city != null && !city.isBlank()) {
			pending.city = (city.length() > 120) ? city.substring(0, 119) + "…" : city;
		}
	}

	Long attendance(long summit, long person) {
		return this.attendance.get(summit + "|" + person);
	}

	long createAttendance(long summit, long person, Long nation, String capacity, String standing, String note,
			boolean mentioned) {
		long id = this.writes.nextId("attendance");
		this.writes.attendance.add(new Object[] { id, summit, person, nation, capacity, standing, note, mentioned });
		this.attendance.put(summit + "|" + person, id);
		return id;
	}

	// --- sources, records, reviews
	// ----------------------------------------------------------------------------------

	/** The source row of a history.state.gov page, created on first use. */
	long source(String url, String title) {
		return source(url, title, HistorianImporter.PUBLISHER,
				"Imported from the Office of the Historian's open dataset (CC0); the citation names the dataset's commit.");
	}

	/** A source by its address: the recorded one, else a new one. */
	long source(String url, String title, String publisher, String note) {
		Long id = this.sources.get(url);
		if (id != null) {
			return id;
		}
		long created = this.writes.nextId("source");
		this.writes.sources.add(new Object[] { created, title, publisher, url, note });
		this.sources.put(url, created);
		return created;
	}

	KnownRecord record(Upstream.Dataset dataset, int upstreamId) {
		return this.records.get(dataset.name() + "|" + upstreamId);
	}

	Map<String, Fact> facts(long recordId) {
		Map<String, Fact> facts = new HashMap<>();
		query(this.jdbc, "select id, role, table_name, row_id, imported::text from historian_fact where record_id = ?",
				(rs) -> {
					facts.put(rs.getString(2), new Fact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
							HistorianImporter.values(rs.getString(5))));
				}, recordId);
		return facts;
	}

	/** A row's values now, or null when an editor deleted it. */
	Map<String, Object> current(String table, long id) {
		List<String> rows = this.jdbc
			.queryForList("select (to_jsonb(t) - 'version')::text from " + table + " t where id = ?", String.class, id);
		return rows.isEmpty() ? null : HistorianImporter.values(rows.get(0));
	}

	Review review(String key) {
		return this.reviews.get(key);
	}

	long newReview(String key) {
		long id = this.writes.nextId("historian_review");
		this.reviews.put(key, new Review(id, null, null));
		return id;
	}

	void reviewResolved(String key, long person) {
		Review review = this.reviews.get(key);
		this.reviews.put(key, new Review(review.id(), review.decision(), person));
	}

}
