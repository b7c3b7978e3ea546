package org.summittracker.historian;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.summittracker.historian.HistorianLookups.Country;
import org.summittracker.historian.HistorianLookups.KnownSummit;
import org.summittracker.historian.SummitMentions.Mention;
import org.summittracker.historian.Upstream.Dataset;
import org.summittracker.historian.Upstream.President;
import org.summittracker.historian.Upstream.Trip;
import org.summittracker.historian.Upstream.Visit;
import org.summittracker.historian.VisitorNames.Rank;
import org.summittracker.historian.VisitorNames.Titled;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a snapshot of the Office of the Historian's datasets: every file is read and
 * checked first (a malformed or truncated file refuses the whole import, nothing
 * written), then, in one transaction, each new or changed upstream record is reconciled
 * and written in JDBC batches; unchanged records are skipped.
 */
@Service
public class HistorianImporter {

	static final String PUBLISHER = "Office of the Historian, U.S. Department of State";

	static final String SITE = "https://history.state.gov/departmenthistory/";

	private static final Logger log = LoggerFactory.getLogger(HistorianImporter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PRIVATE = Pattern.compile("(?i)private visit|unofficial visit|funeral|vacation");

	private static final Pattern MET_PRESIDENT = Pattern.compile("(?i)met with (the )?president");

	private static final Pattern MET = Pattern.compile("(?:Met|met|Meeting|meeting) with ([^.;]+)");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public HistorianImporter(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Reports how far an import has got. */
	public interface Progress {

		void at(int done, int total, String stage);

	}

	/** The snapshot's records, read and checked before anything is written. */
	record Records(List<Visit> visits, List<Trip> trips, List<President> presidents) {

		int size() {
			return this.visits.size() + this.trips.size();
		}

	}

	/**
	 * Reads every file of the snapshot as a stream.
	 * @throws MalformedSnapshotException naming the file and line of the first problem
	 */
	static Records read(Snapshot snapshot) {
		List<Visit> visits = new ArrayList<>();
		for (Snapshot.Entry file : snapshot.visits()) {
			SnapshotReader.visits(file, visits::add);
		}
		List<Trip> trips = new ArrayList<>();
		for (Snapshot.Entry file : snapshot.presidentTrips()) {
			SnapshotReader.trips(file, trips::add);
		}
		for (Snapshot.Entry file : snapshot.secretaryTrips()) {
			SnapshotReader.trips(file, trips::add);
		}
		List<President> presidents = SnapshotReader.presidents(snapshot.presidents());
		visits.sort(java.util.Comparator.comparing(Visit::start).thenComparing(Visit::id));
		trips.sort(java.util.Comparator.comparing(Trip::start).thenComparing(Trip::id));
		return new Records(visits, trips, presidents);
	}

	/**
	 * Imports a snapshot: reads it whole, then writes what is new or changed in one
	 * transaction.
	 * @throws MalformedSnapshotException when a file is malformed (nothing is written)
	 */
	public ImportReport run(Snapshot snapshot, long importId, Progress progress) {
		long started = System.nanoTime();
		progress.at(0, 0, "reading");
		Records records = read(snapshot);
		log.info("Read {} visits and {} trips from the {} ({} files)", records.visits().size(), records.trips().size(),
				snapshot.origin(), snapshot.fileCount());
		long read = System.nanoTime();
		ImportReport report = this.transactions
			.execute((status) -> new Run(this.jdbc, snapshot, importId, records, progress).execute());
		log.info("Historian import: read in {} ms, reconciled and written in {} ms", (read - started) / 1_000_000,
				(System.nanoTime() - read) / 1_000_000);
		report.millis = (System.nanoTime() - started) / 1_000_000;
		return report;
	}

	static String hash(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One import's work, over lookups loaded once. */
	private static final class Run {

		private final JdbcTemplate jdbc;

		private final Snapshot snapshot;

		private final long importId;

		private final Records records;

		private final Progress progress;

		private final HistorianLookups known;

		private final HistorianWrites writes;

		private final ImportReport report = new ImportReport();

		private long usNation;

		private long presidentOffice;

		private long secretaryOffice;

		/** The record being imported, its citation source and quote. */
		private long recordId;

		private long sourceId;

		private String quote;

		private Dataset dataset;

		private int upstreamId;

		private boolean queued;

		private final Map<String, Long> presidents = new LinkedHashMap<>();

		private final Map<String, Long> secretaries = new LinkedHashMap<>();

		private final long started = System.nanoTime();

		Run(JdbcTemplate jdbc, Snapshot snapshot, long importId, Records records, Progress progress) {
			this.jdbc = jdbc;
			this.snapshot = snapshot;
			this.importId = importId;
			this.records = records;
			this.progress = progress;
			this.writes = new HistorianWrites(jdbc);
			this.known = new HistorianLookups(jdbc, this.writes);
		}

		ImportReport execute() {
			this.report.visitsRead = this.records.visits().size();
			this.report.tripsRead = this.records.trips().size();
			this.report.recordsRead = this.records.size();
			this.usNation = nation("united-states", "United States");
			this.presidentOffice = this.known.office("president-of-the-united-states", "President of the United States",
					"HEAD_OF_STATE", this.usNation);
			this.secretaryOffice = this.known.office("secretary-of-state-of-the-united-states",
					"Secretary of State of the United States", "FOREIGN_MINISTER", this.usNation);
			int total = this.records.size();
			int done = reconcile(Dataset.VISITS, this.records.visits(), this::visit, 0, total);
			reconcile(Dataset.TRAVELS, this.records.trips(), this::trip, done, total);
			this.progress.at(total, total, "writing");
			long flushing = System.nanoTime();
			this.writes.flush(this.report);
			this.report.sidelinesLinked = this.writes.linkTwinsAsSidelines();
			log.info("Historian import: reconciled in {} ms, written in {} ms", (flushing - this.started) / 1_000_000,
					(System.nanoTime() - flushing) / 1_000_000);
			this.report.summitsCreated = this.writes.summitsCreated - this.report.meetingsCreated;
			this.report.peopleLinked = this.linkedPeople.size();
			return this.report;
		}

		/**
		 * Reconciles the records of one dataset that are new or changed since the last
		 * import; returns how many records of the {@code total} are done.
		 */
		private <R extends Upstream.Entry> int reconcile(Dataset dataset, List<R> entries, Consumer<R> reconcile,
				int done, int total) {
			int next = done;
			for (R entry : entries) {
				begin(dataset, entry.id(), entry.origin().file(), entry.content());
				if (this.recordId != 0) {
					reconcile.accept(entry);
					finish();
				}
				next = step(next, total);
			}
			return next;
		}

		private int step(int done, int total) {
			int next = done + 1;
			if (next % 1000 == 0) {
				log.info("Historian import: {} of {} records reconciled", next, total);
			}
			if (next % 100 == 0 || next == total) {
				this.progress.at(next, total, "reconciling");
			}
			return next;
		}

		// --- one upstream record
		// ----------------------------------------------------------------------------------

		private HistorianLookups.KnownRecord previous;

		private Map<String, HistorianLookups.Fact> previousFacts;

		private void begin(Dataset dataset, int upstreamId, String file, String content) {
			this.dataset = dataset;
			this.upstreamId = upstreamId;
			this.queued = false;
			String hash = hash(content);
			this.previous = this.known.record(dataset, upstreamId);
			if (this.previous != null && this.previous.hash().equals(hash)
					&& this.previous.status().equals("IMPORTED")) {
				this.report.recordsUnchanged++;
				this.recordId = 0;
				return;
			}
			if (this.previous == null) {
				this.report.recordsNew++;
				this.recordId = this.writes.nextId("historian_record");
				this.previousFacts = Map.of();
			}
			else {
				if (this.previous.hash().equals(hash)) {
					this.report.recordsUnchanged++;
				}
				else {
					this.report.recordsChanged++;
				}
				this.recordId = this.previous.id();
				this.previousFacts = this.known.facts(this.recordId);
			}
			this.pendingHash = hash;
			this.pendingFile = file;
		}

		private String pendingHash;

		private String pendingFile;

		private String refusal;

		private void finish() {
			String status = (this.refusal != null) ? "REFUSED" : (this.queued ? "QUEUED" : "IMPORTED");
			if (this.refusal != null) {
				this.report.refuse(this.refusal);
			}
			else if (this.queued) {
				this.report.recordsQueued++;
			}
			this.writes.record(this.previous == null, this.recordId, this.dataset.name(), this.upstreamId,
					this.pendingFile, this.pendingHash, status, this.refusal, revision(), this.importId);
			this.refusal = null;
		}

		private String revision() {
			return (this.dataset == Dataset.VISITS) ? this.snapshot.visitsCommit() : this.snapshot.travelsCommit();
		}

		private void cite(String column, long id) {
			this.writes.citation(this.sourceId, column, id, this.quote, null, revision());
		}

		// --- visits
		// -----------------------------------------------------------------------------------------------

		private void visit(Visit visit) {
			Country country = this.known.country(visit.fromId(), visit.fromName());
			this.sourceId = this.known.source(SITE + "visits/" + visit.fromId(),
					"Visits by Foreign Leaders of " + country.name());
			this.quote = quote(
					visit.visitor() + " (" + visit.start() + " – " + visit.end() + "): " + visit.description());
			long nationId = nation(country);
			this.known.otherNationName(nationId, visit.fromName(), this.sourceId, this::cite);
			if (visit.end().isBefore(visit.start())) {
				this.refusal = "ends before it starts";
				return;
			}
			List<Titled> visitors = VisitorNames.visitors(visit.visitor());
			List<Long> people = new ArrayList<>();
			for (Titled visitor : visitors) {
				if (VisitorNames.words(visitor.name()).isEmpty()) {
					this.refusal = "names no visitor";
					return;
				}
				Long person = person(visitor, nationId, country.slug(), visit.start(), true);
				if (person == null) {
					this.queued = true;
					return;
				}
				people.add(person);
			}
			Long president = president(visit.start());
			List<Mention> mentions = SummitMentions.in(visit.description(), true);
			Long parent = null;
			for (Mention mention : mentions) {
				long summit = summit("summit:" + mention.key(), mention, this.usNation, visit.start(), visit.end());
				parent = (parent == null) ? summit : parent;
				for (int i = 0; i < people.size(); i++) {
					attend("summit:" + mention.key() + ":visitor:" + i, summit, people.get(i), nationId,
							capacity(people.get(i), visitors.get(i), country.slug(), visit.start()),
							standing(mention, nationId, visit.start()), visitors.get(i).raw(), false);
				}
				if (president != null && mention.organization() && !mention.acronym().equals("UN")) {
					attend("summit:" + mention.key() + ":president", summit, president, this.usNation, "HOST",
							standing(mention, this.usNation, visit.start()), null, false);
				}
			}
			if (mentions.isEmpty() || MET_PRESIDENT.matcher(visit.description()).find()) {
				String names = String.join(" and ", people.stream().map(this.known::personName).toList());
				String kind = visitKind(visit.description());
				long meeting = meeting("meeting", kind + " of " + names + " to the United States",
						VisitorNames.slug(names) + "-visit-" + visit.start(),
						this.known.within(parent, visit.start(), visit.end()), this.usNation, visit.start(),
						visit.end(), visit.description(),
						(people.size() > 1) ? "MULTILATERAL_MEETING" : "BILATERAL_MEETING");
				for (int i = 0; i < people.size(); i++) {
					attend("visitor:" + i, meeting, people.get(i), nationId,
							capacity(people.get(i), visitors.get(i), country.slug(), visit.start()), null,
							visitors.get(i).raw(), false);
				}
				boolean met = MET_PRESIDENT.matcher(visit.description()).find();
				if (president != null && (met || !PRIVATE.matcher(visit.description()).find())) {
					attend("host", meeting, president, this.usNation, "HOST", null, null, false);
				}
			}
		}

		private static String visitKind(String description) {
			String d = description.toLowerCase(java.util.Locale.ROOT);
			if (d.contains("state visit")) {
				return "State visit";
			}
			if (d.contains("official working visit")) {
				return "Official working visit";
			}
			if (d.contains("official visit") || d.contains("offical visit")) {
				return "Official visit";
			}
			if (d.contains("working visit")) {
				return "Working visit";
			}
			if (d.contains("private visit")) {
				return "Private visit";
			}
			return "Visit";
		}

		// --- trips
		// ------------------------------------------------------------------------------------------------

		private void trip(Trip trip) {
			Country country = this.known.country(trip.countryId(), trip.countryName());
			String page = (trip.president() ? "travels/president/" : "travels/secretary/") + trip.who();
			this.sourceId = this.known.source(SITE + page,
					(trip.president() ? "Travels of the President: " : "Travels of the Secretary of State: ")
							+ trip.name());
			this.quote = quote(trip.name() + " in " + trip.locale() + ", " + trip.countryName() + " (" + trip.start()
					+ " – " + trip.end() + "): " + trip.remarks());
			long nationId = nation(country);
			this.known.otherNationName(nationId, trip.countryName(), this.sourceId, this::cite);
			if (trip.end().isBefore(trip.start())) {
				this.refusal = "ends before it starts";
				return;
			}
			long traveller = trip.president() ? presidentNamed(trip) : secretary(trip);
			String capacity = trip.president() ? "HEAD_OF_STATE" : "MINISTER";
			List<Mention> mentions = SummitMentions.in(trip.remarks(), false);
			Long parent = null;
			for (Mention mention : mentions) {
				long summit = summit("summit:" + mention.key(), mention, nationId, trip.start(), trip.end());
				parent = (parent == null) ? summit : parent;
				attend("summit:" + mention.key() + ":traveller", summit, traveller, this.usNation, capacity,
						standing(mention, this.usNation, trip.start()), null, false);
			}
			List<Long> met = new ArrayList<>();
			List<Titled> metNames = new ArrayList<>();
			java.util.regex.Matcher matcher = MET.matcher(trip.remarks());
			while (matcher.find()) {
				for (String part : matcher.group(1).split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
					Titled titled = VisitorNames.title(part.trim());
					if (titled.title().isEmpty() || VisitorNames.words(titled.name()).isEmpty()) {
						continue;
					}
					Long person = person(titled, null, country.slug(), trip.start(), false);
					if (person != null && person != traveller && !met.contains(person)) {
						met.add(person);
						metNames.add(titled);
					}
					else if (person == null && this.lastQueued) {
						this.queued = true;
					}
					else if (person == null) {
						this.report.mentionsNotReconciled++;
					}
				}
			}
			if (!mentions.isEmpty() && met.isEmpty()) {
				return;
			}
			long meeting = meeting("meeting",
					"Visit of " + this.known.personName(traveller) + " to " + this.known.nationName(nationId),
					VisitorNames.slug(this.known.personName(traveller)) + "-" + country.slug() + "-" + trip.start(),
					(mentions.size() == 1) ? this.known.within(parent, trip.start(), trip.end()) : null, nationId,
					trip.start(), trip.end(), trip.remarks(),
					(met.size() > 1) ? "MULTILATERAL_MEETING" : "BILATERAL_MEETING");
			this.known.setCity(meeting, trip.locale());
			attend("traveller", meeting, traveller, this.usNation, capacity, null, null, false);
			for (int i = 0; i < met.size(); i++) {
				Long metNation = this.known.nationality(met.get(i));
				attend("met:" + VisitorNames.key(metNames.get(i).name()), meeting, met.get(i), metNation,
						capacity(met.get(i), metNames.get(i),
								(metNation != null) ? this.known.nationSlug(metNation) : "", trip.start()),
						null, metNames.get(i).raw(), true);
			}
		}

		// --- reconciliation
		// ---------------------------------------------------------------------------------------

		private boolean lastQueued;

		private final java.util.Set<Long> linkedPeople = new java.util.HashSet<>();

		/**
		 * The person a name stands for: linked when exactly one recorded person matches,
		 * queued for review when the match would be a guess, created when no one matches
		 * (and {@code create}). Null when queued or unknown.
		 */
		private Long person(Titled titled, Long nationId, String countrySlug, LocalDate day, boolean create) {
			this.lastQueued = false;
			String name = VisitorNames.personName(titled);
			String key = VisitorNames.key(name);
			String reviewKey = key + "|" + countrySlug;
			HistorianLookups.Review review = this.known.review(reviewKey);
			if (review != null && review.decision() != null) {
				if (review.personId() != null && this.known.personExists(review.personId())) {
					this.known.addOtherName(review.personId(), name, this.sourceId, this::cite);
					return review.personId();
				}
				if (review.decision().equals("KEEP_APART") && create) {
					long created = createPerson(name, nationId, countrySlug);
					this.writes.reviewPerson(review.id(), created);
					this.known.reviewResolved(reviewKey, created);
					return created;
				}
			}
			List<Long> exact = this.known.peopleByKey(key);
			List<Long> compatible = exact.stream().filter((p) -> this.known.compatible(p, nationId)).toList();
			if (compatible.size() == 1) {
				if (!this.known.createdNow(compatible.get(0))) {
					this.linkedPeople.add(compatible.get(0));
				}
				this.known.addOtherName(compatible.get(0), name, this.sourceId, this::cite);
				return compatible.get(0);
			}
			String reason;
			List<Long> candidates;
			if (compatible.size() > 1) {
				reason = "several recorded people have this name";
				candidates = compatible;
			}
			else if (!exact.isEmpty()) {
				reason = "a person of this name is recorded for another nation";
				candidates = exact;
			}
			else {
				candidates = this.known.peopleByLooseKey(VisitorNames.looseKey(name))
					.stream()
					.filter((p) -> this.known.compatible(p, nationId))
					.toList();
				reason = "close to the name of a recorded person";
				if (candidates.isEmpty() && VisitorNames.words(name).size() == 1 && nationId != null) {
					candidates = this.known.peopleByFamilyName(nationId, VisitorNames.words(name).get(0));
					reason = "only a family name, which a recorded person of this nation bears";
				}
			}
			if (candidates.isEmpty()) {
				return create ? createPerson(name, nationId, countrySlug) : null;
			}
			if (review == null) {
				this.writes.review(this.known.newReview(reviewKey), reviewKey, this.dataset.name(), this.upstreamId,
						titled.raw(), titled.title(), name, countrySlug, day, reason, candidates);
				this.report.namesQueued++;
			}
			this.lastQueued = true;
			return null;
		}

		private long createPerson(String name, Long nationId, String countrySlug) {
			long id = this.known.createPerson(name, nationId, countrySlug);
			this.report.peopleCreated++;
			cite("person_id", id);
			return id;
		}

		/** The U.S. President in office on a day (from presidents.xml), or null. */
		private Long president(LocalDate day) {
			for (President president : this.records.presidents()) {
				if (president.inOfficeOn(day)) {
					return presidents(president);
				}
			}
			return null;
		}

		private long presidentNamed(Trip trip) {
			for (President president : this.records.presidents()) {
				if (president.id().equals(trip.who())) {
					return presidents(president);
				}
			}
			return presidents(new President(trip.who(), trip.name(), trip.start(), trip.end()));
		}

		/**
		 * A President as a person: the holder of the recorded presidency on the day they
		 * took office, else the one recorded person of the name, else a new person with
		 * the tenure presidents.xml gives.
		 */
		private long presidents(President president) {
			String term = president.id() + "@" + president.tookOffice();
			Long known = this.presidents.get(term);
			if (known != null) {
				return known;
			}
			long saved = this.sourceId;
			String savedQuote = this.quote;
			this.sourceId = this.known.source(SITE + "travels/president/" + president.id(),
					"Travels of the President: " + president.name());
			this.quote = quote(president.name() + ", President of the United States " + president.tookOffice() + " – "
					+ ((president.leftOffice() != null) ? president.leftOffice() : "present"));
			// The day after taking office: on inauguration day the outgoing President's
			// tenure ends too.
			Long id = this.known.holderOn(this.presidentOffice, president.tookOffice().plusDays(1));
			if (id == null) {
				Long earlierTerm = this.presidents.entrySet()
					.stream()
					.filter((e) -> e.getKey().startsWith(president.id() + "@"))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
				List<Long> named = (earlierTerm != null) ? List.of(earlierTerm)
						: this.known.peopleByKey(VisitorNames.key(president.name()))
							.stream()
							.filter((p) -> this.known.compatible(p, this.usNation))
							.toList();
				id = (named.size() == 1) ? named.get(0)
						: createPerson(president.name(), this.usNation, "united-states");
				long tenure = this.writes.tenure(id, this.presidentOffice, president.tookOffice(),
						president.leftOffice());
				this.known.addTenure(id, "HEAD_OF_STATE", this.presidentOffice, president.tookOffice(),
						president.leftOffice());
				cite("tenure_id", tenure);
			}
			else {
				this.linkedPeople.add(id);
			}
			this.known.addOtherName(id, president.name(), this.sourceId, this::cite);
			this.presidents.put(term, id);
			this.sourceId = saved;
			this.quote = savedQuote;
			return id;
		}

		private long secretary(Trip trip) {
			Long known = this.secretaries.get(trip.who());
			if (known != null) {
				return known;
			}
			List<Long> named = this.known.peopleByKey(VisitorNames.key(trip.name()))
				.stream()
				.filter((p) -> this.known.compatible(p, this.usNation))
				.toList();
			long id;
			if (named.size() == 1) {
				id = named.get(0);
				this.linkedPeople.add(id);
			}
			else {
				id = createPerson(trip.name(), this.usNation, "united-states");
			}
			this.secretaries.put(trip.who(), id);
			SecretaryTenures.Tenure sourced = SecretaryTenures.of(trip.who());
			if (sourced != null && !this.known.holds(id, this.secretaryOffice)) {
				long tenure = this.writes.tenure(id, this.secretaryOffice, sourced.start(), sourced.startPrecision(),
						sourced.end(), sourced.endPrecision(), SecretaryTenures.NOTE);
				this.known.addTenure(id, "FOREIGN_MINISTER", this.secretaryOffice, sourced.start(), sourced.lastDay());
				for (SecretaryTenures.Cite cite : sourced.cites()) {
					long source = this.known.source(cite.url(), cite.title(), cite.publisher(),
							"Read for the Secretaries of State's tenures, which the Office of the Historian's travels dataset does not give.");
					this.writes.citationRead(source, "tenure_id", tenure, cite.quote(), SecretaryTenures.ACCESSED);
				}
				this.report.tenuresSourced++;
			}
			return id;
		}

		private long nation(Country country) {
			HistorianLookups.NationRef ref = this.known.nation(country);
			if (ref.created()) {
				this.report.nationsCreated++;
				cite("nation_id", ref.id());
			}
			return ref.id();
		}

		private long nation(String slug, String name) {
			return nation(new Country(slug, slug, name, null, null));
		}

		/**
		 * The capacity a person attends in: their recorded office on the day, else their
		 * title.
		 */
		private String capacity(long person, Titled titled, String countrySlug, LocalDate day) {
			String office = this.known.officeKindOn(person, day);
			if (office != null) {
				return switch (office) {
					case "HEAD_OF_STATE" -> "HEAD_OF_STATE";
					case "HEAD_OF_GOVERNMENT" -> "HEAD_OF_GOVERNMENT";
					case "FOREIGN_MINISTER" -> "MINISTER";
					case "HEAD_OF_ORGANIZATION" -> "HEAD_OF_ORGANIZATION";
					default -> "GUEST";
				};
			}
			Rank rank = titled.rank();
			// Spain's "President" is the President of the Government, its head of
			// government.
			if (rank == Rank.HEAD_OF_STATE && titled.title().equals("President") && countrySlug.equals("spain")) {
				rank = Rank.HEAD_OF_GOVERNMENT;
			}
			return switch (rank) {
				case HEAD_OF_STATE -> "HEAD_OF_STATE";
				case HEAD_OF_GOVERNMENT -> "HEAD_OF_GOVERNMENT";
				case MINISTER -> "MINISTER";
				case OTHER -> "GUEST";
			};
		}

		private String standing(Mention mention, long nationId, LocalDate day) {
			if (!mention.organization()) {
				return null;
			}
			return this.known.standingOn(this.known.organization(mention.acronym(), this::cite), nationId, day);
		}

		// --- facts
		// ------------------------------------------------------------------------------------------------

		/**
		 * The summit a mention names: the recorded one of its organization on those
		 * dates, or a new one.
		 */
		private long summit(String role, Mention mention, long hostId, LocalDate start, LocalDate end) {
			Long organization = mention.organization() ? this.known.organization(mention.acronym(), this::cite) : null;
			KnownSummit found = this.known.findSummit(organization, mention.organization() ? null : mention.key(),
					hostId, start, end);
			long id;
			if (found != null) {
				id = found.id();
				if (found.createdNow()) {
					this.known.widen(found, start, end);
				}
			}
			else {
				String name;
				String slug;
				String year = String.valueOf(start.getYear());
				if (mention.organization()) {
					String acronym = this.known.organizationAcronym(organization);
					name = mention.acronym().equals("UN") ? "UN General Assembly " + year : acronym + " Summit " + year;
					slug = this.known.organizationSlug(organization) + "-" + year + "-" + this.known.nationSlug(hostId);
				}
				else {
					name = mention.meeting() + " " + year;
					slug = VisitorNames.slug(mention.meeting()) + "-" + year;
				}
				id = this.known.createSummit(mention.key(), slug, name,
						mention.organization() ? "ORGANIZATION_SUMMIT" : "MULTILATERAL_MEETING", organization, null,
						hostId, start, end, null);
				this.writes.summitsCreated++;
				cite("summit_id", id);
				fact(role, "summit", id);
				return id;
			}
			linkFact(role, "summit", id);
			return id;
		}

		private long meeting(String role, String name, String slug, Long parent, long hostId, LocalDate start,
				LocalDate end, String description, String kind) {
			HistorianLookups.Fact old = this.previousFacts.get(role);
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("name", name);
			values.put("start_date", start.toString());
			values.put("end_date", end.toString());
			values.put("description", description.isEmpty() ? null : description);
			values.put("parent_id", parent);
			if (old != null) {
				merge(old, "summit", values);
				return old.rowId();
			}
			long id = this.known.createSummit(null, slug, name, kind, null, parent, hostId, start, end,
					description.isEmpty() ? null : description);
			this.writes.summitsCreated++;
			this.report.meetingsCreated++;
			cite("summit_id", id);
			fact(role, "summit", id);
			return id;
		}

		private void attend(String role, long summit, long person, Long nation, String capacity, String standing,
				String recordedAs, boolean mentioned) {
			HistorianLookups.Fact old = this.previousFacts.get(role);
			String note = (recordedAs == null) ? null
					: (mentioned ? "Mentioned in the remarks of the Office of the Historian: “" + recordedAs + "”."
							: "Recorded by the Office of the Historian as “" + recordedAs + "”.");
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("person_id", person);
			values.put("nation_id", nation);
			values.put("capacity", capacity);
			values.put("standing", standing);
			values.put("note", note);
			if (old != null) {
				merge(old, "attendance", values);
				return;
			}
			Long existing = this.known.attendance(summit, person);
			if (existing != null) {
				this.report.attendanceLinked++;
				this.writes.citation(this.sourceId, "attendance_id", existing, this.quote, "ATTENDED", revision());
				linkFact(role, "attendance", existing);
				return;
			}
			long id = this.known.createAttendance(summit, person, nation, capacity, standing, note, mentioned);
			this.report.attendanceCreated++;
			this.writes.citation(this.sourceId, "attendance_id", id, this.quote, "ATTENDED", revision());
			fact(role, "attendance", id);
		}

		/**
		 * A row this record created: its imported values are read back after the writes.
		 */
		private void fact(String role, String table, long rowId) {
			this.writes.fact(this.recordId, role, table, rowId);
		}

		/**
		 * A row that existed before: recorded with the values it has now. A summit that
		 * existed before is the summit's own record, not this one's: it is only attended.
		 */
		private void linkFact(String role, String table, long rowId) {
			if (!table.equals("summit") && !this.previousFacts.containsKey(role)) {
				this.writes.fact(this.recordId, role, table, rowId);
			}
		}

		/**
		 * Applies a changed upstream record to a row it produced before: a column still
		 * holding the imported value takes the new one; a column an editor changed keeps
		 * the editor's value. A row an editor deleted stays deleted.
		 */
		private void merge(HistorianLookups.Fact old, String table, Map<String, Object> values) {
			Map<String, Object> current = this.known.current(table, old.rowId());
			if (current == null) {
				return;
			}
			Map<String, Object> imported = new LinkedHashMap<>(old.imported());
			List<String> columns = new ArrayList<>();
			List<Object> arguments = new ArrayList<>();
			for (Map.Entry<String, Object> value : values.entrySet()) {
				String column = value.getKey();
				String was = text(imported.get(column));
				String now = text(current.get(column));
				String next = text(value.getValue());
				if (!Objects.equals(was, now)) {
					if (!Objects.equals(was, next)) {
						this.report.correctionsKept++;
					}
					continue;
				}
				if (!Objects.equals(now, next)) {
					columns.add(column);
					arguments.add(value.getValue() instanceof String s && column.endsWith("_date")
							? Date.valueOf(LocalDate.parse(s)) : value.getValue());
				}
				imported.put(column, value.getValue());
			}
			if (!columns.isEmpty()) {
				arguments.add(old.rowId());
				this.jdbc.update("update " + table + " set "
						+ String.join(", ", columns.stream().map((c) -> c + " = ?").toList())
						+ ", version = version + 1 where id = ?", arguments.toArray());
			}
			this.writes.updateFact(old.id(), JSON.writeValueAsString(imported));
		}

		private static String text(Object value) {
			return (value == null) ? null : value.toString();
		}

		private static String quote(String text) {
			String q = text.replaceAll("\\s+", " ").trim();
			return (q.length() > 1000) ? q.substring(0, 999) + "…" : q;
		}

	}

	/** Reads a fact's imported values. */
	static Map<String, Object> values(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

}
