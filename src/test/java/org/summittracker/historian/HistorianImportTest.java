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
	@Order(7)
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
	@Order(8)
	void aMalformedOrTruncatedFileIsRefusedWithItsFileAndLineAndNothingIsWritten() throws IOException {
		Path truncated = copyOfBundled("truncated");
		Path file = truncated.resolve("visits/data/2020.xml");
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() / 2));
		Map<String, Long> before = counts();

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
		assertThat(count("select count(*) from historian_import where status = 'REFUSED'")).isEqualTo(2);
	}

	@Test
	@Order(9)
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
	@Order(10)
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
