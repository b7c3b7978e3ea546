package org.summittracker.historian;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.summittracker.account.Role;
import org.summittracker.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled snapshot imported once into this class's own database, then checked against
 * what the datasets say, re-imported, corrected and refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistorianImportTest extends HistorianTest {

	private static final String VISITS_COMMIT = "869ca4f0e8d15521bc3c094b846e6b1d3c7d8f1d";

	private static final String TRAVELS_COMMIT = "3170c773f22c99dadc8ec93da070f8ff6259d6d8";

	@Autowired
	private HistorianImports imports;

	private HistorianImports.Outcome outcome;

	@TempDir
	Path temp;

	@org.junit.jupiter.api.BeforeAll
	static void serveTheRealDatasets() throws IOException {
		SnapshotDownloadTest.serve();
		SnapshotDownloadTest.serveAlso("/not-xml.zip", notXml());
	}

	@org.junit.jupiter.api.AfterAll
	static void stopServing() {
		SnapshotDownloadTest.stop();
	}

	/** The real snapshot with its 2020 visits replaced by an HTML page. */
	private static byte[] notXml() throws IOException {
		Path root = Files.createTempDirectory("historian-not-xml-");
		Path copy = root.resolve("history-state");
		try (var files = Files.walk(SnapshotDownloadTest.DATASETS)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = copy.resolve(SnapshotDownloadTest.DATASETS.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		Files.writeString(copy.resolve("visits/data/2020.xml"), "<!DOCTYPE html><html><body>Moved</body></html>");
		byte[] zip = SnapshotDownloadTest.zip(copy, "history-state/", null);
		org.springframework.util.FileSystemUtils.deleteRecursively(root);
		return zip;
	}

	private void awaitImport() throws InterruptedException {
		for (int i = 0; i < 1200 && (this.imports.status().running()); i++) {
			Thread.sleep(100);
		}
		assertThat(this.imports.status().running()).isFalse();
	}

	@BeforeEach
	void importOnce() {
		this.outcome = imported(this.imports);
	}

	@Test
	@Order(1)
	void readsEveryRecordOfBothDatasetsAndAccountsForEach() {
		ImportReport report = this.outcome.report();
		assertThat(this.outcome.refused()).isFalse();
		assertThat(report.getVisitsRead()).isEqualTo(3264);
		assertThat(report.getTripsRead()).isEqualTo(4271);
		assertThat(count("select count(*) from historian_record where dataset = 'VISITS'")).isEqualTo(3264);
		assertThat(count("select count(*) from historian_record where dataset = 'TRAVELS'")).isEqualTo(4271);
		assertThat(count("select count(*) from historian_record where status = 'QUEUED'"))
			.isEqualTo(report.getRecordsQueued());
		assertThat(count("select count(*) from historian_record where status = 'REFUSED'"))
			.isEqualTo(report.getRecordsRefused());
		assertThat(count("select count(*) from historian_fact where role = 'meeting'"))
			.isEqualTo(report.getMeetingsCreated());
		assertThat(count("select count(*) from historian_fact where table_name = 'attendance'"))
			.isEqualTo(report.getAttendanceCreated() + report.getAttendanceLinked());
		assertThat(report.getMeetingsCreated()).isGreaterThan(5000);
		assertThat(report.getAttendanceCreated()).isGreaterThan(10000);
		assertThat(count("select count(*) from historian_review")).isEqualTo(report.getNamesQueued());
	}

	@Test
	@Order(2)
	void everyImportedAttendanceAndMeetingCitesItsHistoryStateGovPageAndCommit() {
		for (String table : List.of("summit", "attendance")) {
			assertThat(count("select count(*) from historian_fact f where f.table_name = '" + table
					+ "' and f.row_id not in (select c." + table
					+ "_id from citation c join source s on s.id = c.source_id " + "where c." + table
					+ "_id is not null and s.url like 'https://history.state.gov/departmenthistory/%' "
					+ "and c.source_revision in (?, ?))", VISITS_COMMIT, TRAVELS_COMMIT))
				.as(table)
				.isZero();
		}
		assertThat(count(
				"select count(*) from source where url like 'https://history.state.gov/departmenthistory/visits/%'"))
			.isGreaterThan(150);
		assertThat(count("select count(*) from source where url = "
				+ "'https://history.state.gov/departmenthistory/travels/president/biden-joseph-r'"))
			.isEqualTo(1);
	}

	/**
	 * The birth dates V111 keeps until the import records the leaders they date (it runs
	 * after the migrations on a new database) are written as it records them, each cited.
	 */
	@Test
	@Order(2)
	void theBirthDatesAwaitingImportedLeadersAreWrittenWhenItRecordsThem() {
		assertThat(count("select count(*) from awaited_birth_date")).isZero();
		assertThat(
				count("""
						select count(*) from person p join citation c on c.person_id = p.id
						where p.name = 'Christopher Luxon' and p.birth_date = date '1970-07-19' and c.quote like '%19 July 1970%'"""))
			.isEqualTo(1);
		assertThat(count("""
				select count(*) from person p
				where p.name in ('Gustavo Petro', 'James Marape', 'Secretary Tô Lâm') and p.birth_date is not null"""))
			.isEqualTo(3);
	}

	@Test
	@Order(3)
	void theNato2024SummitHasItsMemberDelegationsEachWithItsHeadAndSource() {
		long delegations = count("""
				select count(distinct a.nation_id) from attendance a
				join summit s on s.id = a.summit_id
				where s.slug = 'nato-2024-washington' and a.standing = 'MEMBER' and a.person_id is not null
				  and a.capacity in ('HOST', 'HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT')
				  and exists (select 1 from citation c join source src on src.id = c.source_id
				              where c.attendance_id = a.id and src.url like 'https://history.state.gov/%')""");
		assertThat(delegations).isGreaterThanOrEqualTo(30);
		assertThat(count("select count(*) from summit where organization_id = (select id from organization "
				+ "where acronym = 'NATO') and extract(year from start_date) = 2024"))
			.isEqualTo(1);
		var page = get("/summits/nato-2024-washington");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Kishida Fumio").contains("Kyriakos Mitsotakis").contains("history.state.gov");
		// the import's 29 visiting members with the seeded host, Türkiye and Romania
		// (V113)
		assertThat(page.html().select(".delegations dd").text()).isEqualTo("32 of 32 member delegations recorded");
	}

	@Test
	@Order(4)
	void theMitsotakisVisitOfJanuary2020IsAMeetingWithThePresident() {
		List<Map<String, Object>> attendees = this.jdbc.queryForList("""
				select p.name, a.capacity, n.slug as nation from summit s
				join attendance a on a.summit_id = s.id join person p on p.id = a.person_id
				left join nation n on n.id = a.nation_id
				where s.start_date = '2020-01-07' and s.slug like 'kyriakos-mitsotakis-visit-%' order by a.capacity""");
		assertThat(attendees).extracting((r) -> r.get("name"), (r) -> r.get("capacity"), (r) -> r.get("nation"))
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Kyriakos Mitsotakis", "HEAD_OF_GOVERNMENT", "greece"),
					org.assertj.core.groups.Tuple.tuple("Donald J. Trump", "HOST", "united-states"));
		var page = get("/summits/kyriakos-mitsotakis-visit-2020-01-07");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("https://history.state.gov/departmenthistory/visits/greece");
	}

	@Test
	@Order(5)
	void bidensJune2024TripToItalyIsAttendanceAtTheSeededG7Summit() {
		assertThat(
				count("""
						select count(*) from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
						join citation c on c.attendance_id = a.id join source src on src.id = c.source_id
						where s.slug = 'g7-2024-apulia' and p.slug = 'joe-biden'
						  and src.url = 'https://history.state.gov/departmenthistory/travels/president/biden-joseph-r'"""))
			.isEqualTo(1);
		assertThat(count("select count(*) from summit where organization_id = (select id from organization "
				+ "where acronym = 'G7') and extract(year from start_date) = 2024"))
			.isEqualTo(1);
		assertThat(count("select count(*) from summit where organization_id = (select id from organization "
				+ "where acronym = 'G7') and extract(year from start_date) = 2021"))
			.isEqualTo(1);
	}

	@Test
	@Order(6)
	void aWorkingVisitAndASummitOfTheSameStayAreOneStayTheVisitOnTheSummitsSidelines() {
		// Visits 3257 ("Working Visit.", 10 July 2024) and 3314 ("Attended NATO 75th
		// Anniversary Summit in Washington, DC.", 10-11 July 2024) of Prime Minister Keir
		// Starmer; 3196 ("Offsite Meeting at Woodside, CA.", 12 November 2023) and 3201
		// (the APEC Leaders' Summit at San Francisco, 12-17 November 2023) of Xi Jinping.
		List<Map<String, Object>> twins = this.jdbc.queryForList("""
				select r.upstream_id, p.slug as parent, o.acronym from historian_record r
				join historian_fact f on f.record_id = r.id and f.role = 'meeting'
				join summit m on m.id = f.row_id join summit p on p.id = m.parent_id
				join organization o on o.id = p.organization_id
				where r.dataset = 'VISITS' and r.upstream_id in (3257, 3196) order by r.upstream_id""");
		assertThat(twins).extracting((r) -> r.get("upstream_id"), (r) -> r.get("acronym"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3196, "APEC"),
					org.assertj.core.groups.Tuple.tuple(3257, "NATO"));
		assertThat(twins.get(1).get("parent")).isEqualTo("nato-2024-washington");
		assertThat(this.outcome.report().getSidelinesLinked()).isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from historian_fact f join summit m on m.id = f.row_id "
				+ "where f.role = 'meeting' and m.parent_id is not null and (f.imported ->> 'parent_id')::bigint = m.parent_id"))
			.isGreaterThanOrEqualTo(this.outcome.report().getSidelinesLinked());
		var nato = get("/summits/nato-2024-washington");
		assertThat(nato.html().select("[aria-labelledby=sidelines-heading] li").eachText())
			.anyMatch((m) -> m.contains("Keir Starmer"));
		String starmer = this.jdbc.queryForObject("""
				select m.slug from historian_record r join historian_fact f on f.record_id = r.id and f.role = 'meeting'
				join summit m on m.id = f.row_id where r.dataset = 'VISITS' and r.upstream_id = 3257""", String.class);
		assertThat(get("/summits/" + starmer).html().select("dt:contains(On the sidelines of) + dd").text())
			.contains("NATO");
	}

	@Test
	@Order(6)
	void secretariesOfStateHoldTheTenuresThePagesReadGiveEachCitedAndNoneIsGuessed() {
		List<Map<String, Object>> blinken = this.jdbc.queryForList("""
				select t.start_date::text as start, t.start_precision, t.end_date::text as end, t.end_precision,
				       s.url, c.quote, c.accessed::text as accessed
				from tenure t join office o on o.id = t.office_id join person p on p.id = t.person_id
				join citation c on c.tenure_id = t.id join source s on s.id = c.source_id
				where o.slug = 'secretary-of-state-of-the-united-states' and p.slug = 'antony-john-blinken'
				order by s.url""");
		assertThat(blinken).hasSize(2);
		assertThat(blinken.get(0)).containsEntry("start", "2021-01-26")
			.containsEntry("start_precision", "DAY")
			.containsEntry("end", "2025-01-01")
			.containsEntry("end_precision", "YEAR")
			.containsEntry("accessed", "2026-12-01");
		assertThat(blinken).extracting((r) -> r.get("quote"))
			.containsExactlyInAnyOrder("Antony Blinken (2021–2025)", "Incumbent Antony Blinken since January 26, 2021");
		assertThat(count("""
				select count(distinct t.person_id) from tenure t join office o on o.id = t.office_id
				where o.slug = 'secretary-of-state-of-the-united-states'
				  and exists (select 1 from citation c where c.tenure_id = t.id and c.accessed = '2026-12-01')"""))
			.isEqualTo(SecretaryTenures.count())
			.isEqualTo(this.outcome.report().getTenuresSourced());
		assertThat(count("""
				select count(*) from tenure t join person p on p.id = t.person_id
				where p.name = 'William Henry Seward'""")).as("no page read gives Seward's dates").isZero();
		assertThat(get("/leaders/antony-john-blinken").text()).contains("Secretary of State of the United States");
	}

	@Test
	@Order(7)
	void eachSeededLeaderIsStillExactlyOnePerson() {
		for (String name : List.of("%erdo%an%", "%putin%", "%narendra modi%", "%meloni%", "%biden%", "%guterres%")) {
			assertThat(count("select count(*) from person where immutable_unaccent(lower(name)) like ?", name)).as(name)
				.isEqualTo(1);
		}
		assertThat(count("""
				select count(*) from attendance a join person p on p.id = a.person_id
				where p.slug = 'recep-tayyip-erdogan' and a.id in (select row_id from historian_fact)""")).isPositive();
		assertThat(count("select count(*) from person_name n join person p on p.id = n.person_id "
				+ "where p.slug = 'joe-biden' and n.name = 'Joseph R. Biden'"))
			.isEqualTo(1);
	}

	@Test
	@Order(8)
	void theSameSnapshotImportedAgainChangesNothing() {
		Map<String, Long> before = counts();
		HistorianImports.Outcome again = this.imports.run(this.imports.bundled(), "test");
		assertThat(again.refused()).isFalse();
		assertThat(again.report().getRecordsNew()).isZero();
		assertThat(again.report().getRecordsChanged()).isZero();
		assertThat(again.report().getMeetingsCreated()).isZero();
		assertThat(again.report().getAttendanceCreated()).isZero();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@Order(9)
	void theRealDatasetsImportedFromAWebAddressOnTheAdminPageChangeNothing() throws Exception {
		Map<String, Long> before = counts();
		long imports = count("select count(*) from historian_import");
		WebSession admin = signedIn(Role.ADMIN);
		var page = admin.get("/admin/historian");

		var started = admin.submit(page, "#import-form",
				WebSession.fields("from", SnapshotDownloadTest.address("/snapshot.zip")));

		assertThat(started.status()).isEqualTo(302);
		awaitImport();
		Map<String, Object> last = this.jdbc.queryForMap("select * from historian_import order by id desc limit 1");
		assertThat(last).containsEntry("origin", SnapshotDownloadTest.address("/snapshot.zip"))
			.containsEntry("status", "DONE")
			.containsEntry("visits_commit", VISITS_COMMIT)
			.containsEntry("travels_commit", TRAVELS_COMMIT)
			.containsEntry("records_read", 7535)
			.containsEntry("records_new", 0)
			.containsEntry("records_changed", 0)
			.containsEntry("meetings_created", 0)
			.containsEntry("attendance_created", 0);
		assertThat(count("select count(*) from historian_import")).isEqualTo(imports + 1);
		assertThat(counts()).isEqualTo(before);
		assertThat(admin.get("/admin/historian").html().select("#imports tbody tr").first().text())
			.contains(SnapshotDownloadTest.address("/snapshot.zip"), "DONE", "7,535");
	}

	@Test
	@Order(10)
	void aBadAddressIsRefusedNextToTheFieldKeepingWhatWasTypedAndANonXmlFileNamesItsFileAndLine() throws Exception {
		Map<String, Long> before = counts();
		long imports = count("select count(*) from historian_import");
		WebSession admin = signedIn(Role.ADMIN);
		String missing = SnapshotDownloadTest.address("/gone.zip");

		var refused = admin.submit(admin.get("/admin/historian"), "#import-form",
				WebSession.fields("from", missing, "visitsCommit", "abc"));

		assertThat(refused.status()).isEqualTo(400);
		var html = refused.page().html();
		assertThat(html.select("#from").val()).isEqualTo(missing);
		assertThat(html.select("#from").attr("aria-describedby")).contains("from-error");
		assertThat(html.select("#visitsCommit").val()).isEqualTo("abc");
		assertThat(html.select("#from-error").text()).contains(missing, "answered HTTP 404", "nothing was imported");
		assertThat(count("select count(*) from historian_import")).isEqualTo(imports);

		HistorianImports.Outcome notXml = this.imports
			.run(this.imports.from(SnapshotDownloadTest.address("/not-xml.zip"), null, null), "test");

		assertThat(notXml.refused()).isTrue();
		assertThat(notXml.refusal()).contains("visits/data/2020.xml").contains("line 1");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@Order(11)
	void aMalformedOrTruncatedFileIsRefusedWithItsFileAndLineAndNothingIsWritten() throws IOException {
		Path truncated = copyOfBundled("truncated");
		Path file = truncated.resolve("visits/data/2020.xml");
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() / 2));
		Map<String, Long> before = counts();
		long refusedBefore = count("select count(*) from historian_import where status = 'REFUSED'");

		HistorianImports.Outcome refused = this.imports.run(this.imports.folder(truncated.toString(), null, null),
				"test");

		assertThat(refused.refused()).isTrue();
		assertThat(refused.refusal()).contains("visits/data/2020.xml").containsPattern("line \\d+");
		assertThat(counts()).isEqualTo(before);

		Path malformed = copyOfBundled("malformed");
		Path trips = malformed.resolve("travels/president-travels/biden-joseph-r.xml");
		List<String> lines = Files.readAllLines(trips);
		lines.set(9, lines.get(9).replace("</locale>", "</local>"));
		Files.write(trips, lines);

		HistorianImports.Outcome bad = this.imports.run(this.imports.folder(malformed.toString(), null, null), "test");

		assertThat(bad.refusal()).contains("travels/president-travels/biden-joseph-r.xml").contains("line 10");
		assertThat(counts()).isEqualTo(before);
		assertThat(count("select count(*) from historian_import where status = 'REFUSED'"))
			.isEqualTo(refusedBefore + 2);
	}

	@Test
	@Order(12)
	void reviewDecisionsAreRememberedAndAppliedByTheNextImport() {
		Map<String, Object> item = this.jdbc.queryForMap("""
				select r.id, r.upstream_id, r.candidate_ids[1] as candidate from historian_review r
				where r.raw_text = 'Prime Minister Recep Erdogan' and r.decision is null""");
		long erdogan = this.jdbc.queryForObject("select id from person where slug = 'recep-tayyip-erdogan'",
				Long.class);
		assertThat(item.get("candidate")).isEqualTo(erdogan);
		WebSession editor = signedIn(Role.EDITOR);
		var admin = editor.get("/admin/historian");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("Prime Minister Recep Erdogan");
		assertThat(admin.html().select("#imports tbody tr").eachText())
			.anyMatch((row) -> row.contains("7,535") && row.contains("DONE"))
			.anyMatch((row) -> row.contains("REFUSED") && row.contains("line"));
		var response = editor.submit(admin, "#review-" + item.get("id") + " form:has(input[value=ACCEPT])",
				WebSession.fields());
		assertThat(response.status()).isEqualTo(302);
		Map<String, Object> apart = this.jdbc.queryForMap("""
				select id, name from historian_review
				where decision is null and reason = 'a person of this name is recorded for another nation' limit 1""");
		var keepApart = editor.submit(editor.get("/admin/historian"),
				"#review-" + apart.get("id") + " form:has(input[value=KEEP_APART])", WebSession.fields());
		assertThat(keepApart.status()).isEqualTo(302);
		long people = count("select count(*) from person");

		HistorianImports.Outcome applied = this.imports.run(this.imports.bundled(), "test");

		assertThat(
				count("""
						select count(*) from attendance a join historian_fact f on f.row_id = a.id and f.table_name = 'attendance'
						join historian_record r on r.id = f.record_id
						where r.dataset = 'VISITS' and r.upstream_id = ? and a.person_id = ?""",
						item.get("upstream_id"), erdogan))
			.isPositive();
		assertThat(count("select count(*) from person where name = ?", apart.get("name"))).isEqualTo(2);
		assertThat(applied.report().getPeopleCreated()).isEqualTo(count("select count(*) from person") - people);
		long afterFirst = count("select count(*) from person");

		HistorianImports.Outcome again = this.imports.run(this.imports.bundled(), "test");

		assertThat(count("select count(*) from person")).isEqualTo(afterFirst);
		assertThat(again.report().getNamesQueued()).isZero();
		assertThat(count("select count(*) from historian_review where decision is not null")).isEqualTo(2);
	}

	@Test
	@Order(13)
	void aNewerSnapshotUpdatesWhatChangedUpstreamButKeepsAnEditorsCorrection() throws IOException {
		long meeting = this.jdbc
			.queryForObject("select id from summit where slug = 'kyriakos-mitsotakis-visit-2020-01-07'", Long.class);
		this.jdbc.update("update summit set name = 'Mitsotakis at the White House', version = version + 1 where id = ?",
				meeting);
		Path newer = copyOfBundled("newer");
		Path file = newer.resolve("visits/data/2020.xml");
		String xml = Files.readString(file);
		int at = xml.indexOf("<visitor>Prime Minister Kyriakos Mitsotakis</visitor>");
		int description = xml.indexOf("<description>", at);
		int end = xml.indexOf("</description>", description);
		Files.writeString(file, xml.substring(0, description) + "<description>State Visit. Met in the Oval Office."
				+ xml.substring(end));
		long summits = count("select count(*) from summit");

		HistorianImports.Outcome newerImport = this.imports.run(
				this.imports.folder(newer.toString(), "1111111111111111111111111111111111111111", TRAVELS_COMMIT),
				"test");

		assertThat(newerImport.report().getRecordsChanged()).isEqualTo(1);
		assertThat(newerImport.report().getCorrectionsKept()).isPositive();
		Map<String, Object> row = this.jdbc.queryForMap("select name, description from summit where id = ?", meeting);
		assertThat(row.get("name")).isEqualTo("Mitsotakis at the White House");
		assertThat(row.get("description")).isEqualTo("State Visit. Met in the Oval Office.");
		assertThat(count("select count(*) from summit")).isEqualTo(summits);
		assertThat(count("select count(*) from historian_record where source_commit = "
				+ "'1111111111111111111111111111111111111111' and status = 'IMPORTED'"))
			.isEqualTo(1);

		HistorianImports.Outcome once = this.imports.run(
				this.imports.folder(newer.toString(), "1111111111111111111111111111111111111111", TRAVELS_COMMIT),
				"test");

		assertThat(once.report().getRecordsChanged()).isZero();
		assertThat(this.jdbc.queryForObject("select name from summit where id = ?", String.class, meeting))
			.isEqualTo("Mitsotakis at the White House");
	}

	@Test
	@Order(14)
	void aMergeDecisionIsOneRevisionOfTheHistorySignedByTheEditorWithTheMergedPersonsValues() {
		// No queued name of the bundled snapshot has two candidates, so one is given a
		// second: another person the import recorded for the same nation, with attendance
		// of their own, as two records of one person would be.
		Map<String, Object> item = this.jdbc.queryForMap("""
				select r.id, r.candidate_ids[1] as kept, o.id as merged from historian_review r
				join person k on k.id = r.candidate_ids[1]
				join lateral (select p.id from person p where p.nationality_id = k.nationality_id and p.id <> k.id
				              and exists (select 1 from attendance a where a.person_id = p.id)
				              and not exists (select 1 from tenure t where t.person_id = p.id)
				              order by p.id limit 1) o on true
				where r.decision is null and cardinality(r.candidate_ids) = 1
				order by r.id limit 1""");
		this.jdbc.update("update historian_review set candidate_ids = candidate_ids || ?::bigint where id = ?",
				item.get("merged"), item.get("id"));
		long kept = (Long) item.get("kept");
		long merged = (Long) item.get("merged");
		String mergedName = this.jdbc.queryForObject("select name from person where id = ?", String.class, merged);
		List<Long> moved = this.jdbc.queryForList("select id from attendance where person_id = ?", Long.class, merged);
		assertThat(moved).isNotEmpty();
		long revisions = count("select count(*) from revision");
		WebSession editor = signedIn(Role.EDITOR);

		var response = editor.submit(editor.get("/admin/historian"), "#review-" + item.get("id")
				+ " form:has(input[name=merged][value=" + merged + "]):has(input[name=person][value=" + kept + "])",
				WebSession.fields());

		assertThat(response.status()).isEqualTo(302);
		assertThat(count("select count(*) from person where id = ?", merged)).isZero();
		assertThat(count("select count(*) from revision")).isEqualTo(revisions + 1);
		Map<String, Object> deletion = this.jdbc.queryForMap("""
				select a.revtype, a.name, r.username from person_aud a join revision r on r.id = a.rev
				where a.id = ? order by a.rev desc limit 1""", merged);
		assertThat(((Number) deletion.get("revtype")).intValue()).isEqualTo(2);
		assertThat(deletion).containsEntry("name", mergedName).containsEntry("username", "test-editor");
		long revision = this.jdbc.queryForObject("select max(rev) from person_aud where id = ?", Long.class, merged);
		assertThat(count("select count(*) from attendance_aud where rev = ? and revtype = 1 and person_id = ?",
				revision, kept))
			.isEqualTo(count("select count(*) from attendance where id = any(?) and person_id = ?",
					moved.toArray(Long[]::new), kept));
		assertThat(this.jdbc.queryForList("select entity_name from revision_entity where revision_id = ?", String.class,
				revision))
			.contains("org.summittracker.person.Person");
		var history = editor.get("/history/person/" + merged);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.text()).contains(mergedName, "Deleted");
		assertThat(editor.get("/admin/changes").html().select("body").text()).contains(mergedName);
	}

	private Path copyOfBundled(String name) throws IOException {
		Path root = this.temp.resolve(name);
		Snapshot bundled = Snapshot.bundled();
		for (Snapshot.Entry entry : allOf(bundled)) {
			Path target = root.resolve(entry.path());
			Files.createDirectories(target.getParent());
			try (InputStream in = entry.open()) {
				Files.copy(in, target);
			}
		}
		Files.writeString(root.resolve("snapshot.properties"),
				"visits.commit=" + VISITS_COMMIT + "\ntravels.commit=" + TRAVELS_COMMIT + "\n", StandardCharsets.UTF_8);
		return root;
	}

	private static List<Snapshot.Entry> allOf(Snapshot snapshot) {
		List<Snapshot.Entry> all = new java.util.ArrayList<>(snapshot.visits());
		all.addAll(snapshot.presidentTrips());
		all.addAll(snapshot.secretaryTrips());
		all.add(snapshot.presidents());
		return all;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("summit", "attendance", "person", "person_name", "nation", "nation_name",
				"organization", "source", "citation", "tenure", "office", "historian_record", "historian_fact",
				"historian_review")) {
			counts.put(table, count("select count(*) from " + table));
		}
		return counts;
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

}
