package org.summittracker.imports;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class ImportTest extends IntegrationTest {

	private static final String ATTENDANCE_HEADER = "summit,person,nation,organization,capacity,standing,status,instead_of,note\n";

	private static final String MEMBERSHIP_HEADER = "nation,organization,standing,start,end,note\n";

	@Autowired
	private MessageSource messages;

	private long summitId;

	private long nationId;

	@BeforeEach
	void createTestSummitAndNation() {
		this.summitId = this.jdbc.queryForObject(
				"""
						insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
						select 'test-import-summit', 'Test import summit', 'ORGANIZATION_SUMMIT', o.id, n.id, 'Astana',
						       date '2024-07-03', date '2024-07-04', 'HELD'
						from organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KZ' returning id""",
				Long.class);
		this.nationId = this.jdbc.queryForObject("""
				insert into nation (slug, name, iso_alpha2, iso_alpha3)
				values ('test-importland', 'Test Importland', 'QI', 'QIL') returning id""", Long.class);
	}

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("alter table attendance drop constraint if exists test_import_refuses");
		this.jdbc.update("delete from summit where slug like 'test-%'");
		this.jdbc.update("delete from membership where nation_id in (select id from nation where slug like 'test-%')");
		this.jdbc.update("delete from membership m using nation n where m.nation_id = n.id and n.iso_alpha2 = 'TR' "
				+ "and m.note = 'test-import'");
		this.jdbc.update("delete from nation where slug like 'test-%'");
	}

	@Test
	void aGoodAttendanceFilePreviewsCleanWritingNothingThenImportsAndShowsOnTheSummitPage() {
		WebSession editor = signedIn(Role.EDITOR);
		String csv = ATTENDANCE_HEADER
				+ """
						test-import-summit,Xi Jinping,CN,,head of state,member,attended,,
						test-import-summit,s. jaishankar,IND,,MINISTER,MEMBER,ATTENDED,narendra-modi,"Sent by Delhi, instead of Modi"
						test-import-summit,,,SCO,HEAD_OF_ORGANIZATION,ORGANIZATION,REPORTED,,
						""";

		Response preview = preview(editor, "ATTENDANCE", csv);

		assertThat(preview.status()).isEqualTo(200);
		Document html = preview.page().html();
		assertThat(html.select(".preview-summary").text()).startsWith("All 3 rows are good.");
		assertThat(html.select("table.import-rows tbody tr.good-row .line").eachText()).containsExactly("2", "3", "4");
		assertThat(html.select("table.import-rows tbody tr.bad-row")).isEmpty();
		assertThat(attendanceRows()).isZero();

		Response imported = editor.submit(preview.page(), "form.import-confirm");

		assertThat(imported.redirectsTo("/summits/test-import-summit")).isTrue();
		Page summit = editor.get("/summits/test-import-summit");
		assertThat(summit.html().select(".flash").text()).isEqualTo("Imported 3 rows.");
		assertThat(summit.row("table.attendance tr", "China").text()).contains("Xi Jinping", "Head of state",
				"Attended");
		assertThat(summit.row("table.attendance tr", "India").text()).contains("S. Jaishankar",
				"sent instead of Narendra Modi", "Minister", "Sent by Delhi, instead of Modi");
		assertThat(attendanceRows()).isEqualTo(3);
	}

	@Test
	void aFileWithSeveralBadRowsListsEveryRowWithEveryReasonAndWritesNothing() {
		WebSession editor = signedIn(Role.EDITOR);
		String csv = ATTENDANCE_HEADER + """
				test-import-summit,Xi Jinping,CN,,HEAD_OF_STATE,MEMBER,ATTENDED,,
				test-import-summit,Nobody Atall,Atlantis,,king,,,,
				test-import-summit,Vladimir Putin,RU,SCO,HEAD_OF_STATE,MEMBER,ATTENDED,vladimir-putin,
				no-such-summit,,,,GUEST,,EXPECTED,,
				""";

		Response preview = preview(editor, "ATTENDANCE", csv);

		assertThat(preview.status()).isEqualTo(200);
		Document html = preview.page().html();
		assertThat(html.select(".preview-summary").text()).startsWith("3 rows of 4 cannot be imported");
		assertThat(html.select("table.import-rows tbody tr .line").eachText()).containsExactly("2", "3", "4", "5");
		assertThat(html.select("tr.bad-row .line").eachText()).containsExactly("3", "4", "5");
		assertThat(html.select("#line-3 .reasons li").eachText()).containsExactly(
				"person: No one called “Nobody Atall” is in the tracker, or more than one person is: use the person’s "
						+ "name, another name of theirs or the last part of their page’s address (e.g. xi-jinping), "
						+ "or add them first.",
				"nation: No nation “Atlantis” is in the tracker: use its two- or three-letter ISO code (KZ or KAZ) "
						+ "or its name.",
				"capacity: “king” is not one of HOST, HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, "
						+ "HEAD_OF_ORGANIZATION, ENVOY, GUEST.",
				"status: Enter a value.");
		assertThat(html.select("#line-4 .reasons li").eachText()).containsExactly(
				"organization: Choose a nation or an organization, not both.",
				"instead_of: Someone cannot be sent instead of themselves.");
		assertThat(html.select("#line-5 .reasons li").eachText()).containsExactly(
				"summit: No summit has the address “no-such-summit”: use the last part of the summit page’s address, "
						+ "e.g. sco-2024-astana.",
				"person: Name a person, or the nation or organization represented.");
		assertThat(html.select("form.import-confirm")).isEmpty();
		assertThat(html.select("#csv").text()).isEqualTo(csv.strip());

		// a forged import of the same text is checked again and refused
		Response forged = editor.submit(editor.get("/admin/imports"), "form.import-form",
				fields("kind", "ATTENDANCE", "csv", csv));
		Response imported = editor.post("/admin/imports",
				fields("_csrf", csrf(forged.page()), "kind", "ATTENDANCE", "csv", csv));
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.page().html().select(".alert-danger").text()).contains("Nothing was imported");
		assertThat(imported.page().html().select("tr.bad-row .line").eachText()).containsExactly("3", "4", "5");
		assertThat(attendanceRows()).isZero();
	}

	@Test
	void rowsThatClashWithEachOtherOrWithSavedRowsAreRefused() {
		WebSession editor = signedIn(Role.EDITOR);
		this.jdbc
			.update("""
					insert into attendance (summit_id, person_id, nation_id, capacity, status)
					select ?, p.id, p.nationality_id, 'HEAD_OF_STATE', 'ATTENDED' from person p where p.slug = 'vladimir-putin'""",
					this.summitId);
		String csv = ATTENDANCE_HEADER + """
				test-import-summit,Xi Jinping,CN,,HEAD_OF_STATE,MEMBER,ATTENDED,,
				test-import-summit,xi-jinping,CHN,,HEAD_OF_STATE,MEMBER,EXPECTED,,

				test-import-summit,Vladimir Putin,RU,,HEAD_OF_STATE,MEMBER,ATTENDED,,
				sco-2024-astana,Kassym-Jomart Tokayev,KZ,,HOST,MEMBER,ATTENDED,,
				""";

		Response preview = preview(editor, "ATTENDANCE", csv);

		Document html = preview.page().html();
		assertThat(html.select("tr.bad-row .line").eachText()).containsExactly("3", "5", "6");
		assertThat(html.select("#line-3 .reasons").text())
			.isEqualTo("person: This person is already listed on line 2 of this file: one row per person at a summit.");
		assertThat(html.select("#line-5 .reasons").text())
			.isEqualTo("person: This person already has a row at this summit.");
		assertThat(html.select("#line-6 .reasons").text())
			.startsWith("summit: This file is for the summit “test-import-summit” (line 2)");
		assertThat(html.select("form.import-confirm")).isEmpty();
		assertThat(attendanceRows()).isOne();
	}

	@Test
	void membershipsImportAndLandOnTheOrganizationPage() {
		WebSession editor = signedIn(Role.EDITOR);
		String csv = MEMBERSHIP_HEADER + """
				Test Importland,SCO,observer,2020,2022-09-14,Test observer
				QIL,sco,MEMBER,2022-09-15,,
				""";

		Response preview = preview(editor, "MEMBERSHIPS", csv);
		assertThat(preview.page().html().select(".preview-summary").text()).startsWith("All 2 rows are good.");
		assertThat(memberships()).isZero();
		Response imported = editor.submit(preview.page(), "form.import-confirm");

		assertThat(imported.redirectsTo("/organizations/sco")).isTrue();
		Page sco = editor.get("/organizations/sco");
		assertThat(sco.html().select(".flash").text()).isEqualTo("Imported 2 rows.");
		assertThat(sco.row("table.members tbody tr", "Test Importland").text()).contains("September 2022");
		assertThat(this.jdbc.queryForList("""
				select standing || ' ' || coalesce(start_date::text, '') || ' ' || coalesce(end_date::text, '')
				from membership where nation_id = ? order by start_date""", String.class, this.nationId))
			.containsExactly("OBSERVER 2020-01-01 2022-09-14", "MEMBER 2022-09-15 ");
	}

	@Test
	void overlappingMembershipsAndBadDatesAreRefusedRowByRow() {
		WebSession editor = signedIn(Role.EDITOR);
		String csv = MEMBERSHIP_HEADER + """
				Turkey,SCO,OBSERVER,2020,2021-06-30,test-import
				QI,NATO,OBSERVER,2010,2015,
				QI,NATO,MEMBER,2014-06,,
				QI,SCO,MEMBER,2024-07-04,2023,
				QI,G7,MEMBER,2024-07-04,2024,
				QI,APEC,king,July 2024,2024-02-30,
				""";

		Response preview = preview(editor, "MEMBERSHIPS", csv);

		Document html = preview.page().html();
		// line 6 ends "2024", read through 31 December 2024: after its start, so it is a
		// good row
		assertThat(html.select("tr.bad-row .line").eachText()).containsExactly("2", "4", "5", "7");
		assertThat(html.select("#line-2 .reasons").text())
			.startsWith("start: This period overlaps another standing of the nation in this organization");
		assertThat(html.select("#line-4 .reasons").text())
			.startsWith("start: This period overlaps the standing on line 3 of this file");
		assertThat(html.select("#line-5 .reasons").text()).isEqualTo("end: The end cannot be before the start.");
		assertThat(html.select("#line-6 .reasons").text()).isEqualTo("Good");
		assertThat(html.select("#line-7 .reasons li").eachText()).containsExactly(
				"organization: No organization has the acronym “APEC”.",
				"standing: “king” is not one of MEMBER, ACCEDING, OBSERVER, DIALOGUE_PARTNER, SUSPENDED.",
				"start: “July 2024” is not a date: write 2024, 2024-07 or 2024-07-03.",
				"end: “2024-02-30” is not a date: write 2024, 2024-07 or 2024-07-03.");
		assertThat(memberships()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from membership where note = 'test-import'", Long.class))
			.isZero();
	}

	@Test
	void anonymousReadersCannotOpenNorPostAnImport() {
		WebSession reader = anonymous();

		Response page = reader.fetch("/admin/imports");
		Response post = reader.post("/admin/imports",
				fields("kind", "MEMBERSHIPS", "csv", MEMBERSHIP_HEADER + "QI,SCO,MEMBER,2024,,\n"));

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		assertThat(post.status()).isIn(302, 403);
		assertThat(memberships()).isZero();
	}

	@Test
	void aCsvWithAnUnclosedQuoteIsExplainedNotAServerError() {
		WebSession editor = signedIn(Role.EDITOR);
		String csv = MEMBERSHIP_HEADER + """
				QI,SCO,MEMBER,2020,,fine
				QI,NATO,MEMBER,2020,,"never closed
				QI,G7,MEMBER,2020,,
				""";

		Response preview = preview(editor, "MEMBERSHIPS", csv);
		Response imported = editor.post("/admin/imports",
				fields("_csrf", csrf(preview.page()), "kind", "MEMBERSHIPS", "csv", csv));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.page().html().select(".file-problems").text())
			.contains("The CSV cannot be read from line 3 on: a quoted value is not closed");
		assertThat(preview.page().html().select("form.import-confirm")).isEmpty();
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.page().html().select(".file-problems").text()).contains("cannot be read from line 3");
		assertThat(memberships()).isZero();
	}

	@Test
	void aFileWithoutItsRequiredColumnsOrRowsIsExplained() {
		WebSession editor = signedIn(Role.EDITOR);

		Response columns = preview(editor, "MEMBERSHIPS", "nation,org,standing\nQI,SCO,MEMBER\n");
		Response empty = preview(editor, "MEMBERSHIPS", MEMBERSHIP_HEADER);
		Response nothing = preview(editor, "MEMBERSHIPS", "");

		assertThat(columns.page().html().select(".file-problems li").eachText()).containsExactly(
				"The header names a column “org” this import does not know. The columns are: nation, organization, "
						+ "standing, start, end, note.",
				"The header line lacks the column “organization”.");
		assertThat(empty.page().html().select(".file-problems li").eachText())
			.containsExactly("The file has no rows below its header line.");
		assertThat(nothing.page().html().select(".file-problems li").eachText())
			.containsExactly("Choose a file or paste CSV text.");
	}

	@Test
	void whenTheDatabaseStillRefusesARowNothingIsImported() {
		WebSession editor = signedIn(Role.EDITOR);
		String csv = ATTENDANCE_HEADER + """
				test-import-summit,Xi Jinping,CN,,HEAD_OF_STATE,MEMBER,ATTENDED,,
				test-import-summit,Vladimir Putin,RU,,HEAD_OF_STATE,MEMBER,ATTENDED,,refuse
				""";

		Response preview = preview(editor, "ATTENDANCE", csv);
		// a rule only the database knows, standing in for an edit that got there between
		// the preview (which tries every row) and the import
		this.jdbc
			.update("alter table attendance add constraint test_import_refuses check (note is distinct from 'refuse')");
		Response imported = editor.submit(preview.page(), "form.import-confirm");

		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.page().html().select(".alert-danger").text())
			.contains("Nothing was imported: the database refused line 3: This conflicts with data already saved.");
		assertThat(attendanceRows()).isZero();
	}

	@Test
	void aFileOverTheRowLimitIsReadUpToTheLimitAndSaysSoWithLinesCountedAcrossBlankOnes() {
		WebSession editor = signedIn(Role.EDITOR);
		StringBuilder csv = new StringBuilder(MEMBERSHIP_HEADER);
		for (int i = 0; i < CsvFile.MAX_ROWS + 500; i++) {
			csv.append("Test Importland,SCO,OBSERVER,").append(1900 + (i % 100)).append(",,").append("\n");
			if (i == 9) {
				csv.append("\n\n");
			}
		}

		Response preview = preview(editor, "MEMBERSHIPS", csv.toString());

		Document html = preview.page().html();
		assertThat(html.select(".file-problems").text())
			.contains("The file has more than 2,000 rows: reading stopped there");
		assertThat(html.select("table.import-rows tbody tr")).hasSize(CsvFile.MAX_ROWS);
		assertThat(html.select("table.import-rows tbody tr").get(10).id()).isEqualTo("line-14");
		assertThat(html.select("table.import-rows tbody tr").last().id()).isEqualTo("line-" + (CsvFile.MAX_ROWS + 3));
		assertThat(html.select("form.import-confirm")).isEmpty();
		assertThat(memberships()).isZero();
	}

	@Test
	void eachKindHasItsOwnSizeLimitAndANulByteMakesAFileUnreadable() throws Exception {
		WebSession editor = signedIn(Role.EDITOR);
		String row = "Test Importland,SCO,OBSERVER,2020,,a note to make the row longer than usual\n";
		String large = MEMBERSHIP_HEADER + row.repeat(ImportKind.MEMBERSHIPS.layout().maxBytes() / row.length() + 10);

		Response tooLarge = preview(editor, "MEMBERSHIPS", large);
		Document nul = upload(editor, csrf(editor.get("/admin/imports")), "MEMBERSHIPS",
				(MEMBERSHIP_HEADER + "Test\u0000land,SCO,OBSERVER,2020,,\n").getBytes(StandardCharsets.UTF_8));

		assertThat(tooLarge.status()).isEqualTo(200);
		assertThat(tooLarge.page().html().select("#csv-error").text()).startsWith("The file is too large");
		assertThat(large.length()).isLessThan(ImportKind.ATTENDANCE.layout().maxBytes());
		assertThat(nul.select("#csv-error").text()).startsWith("The file is not UTF-8 text");
	}

	@Test
	void anUploadedFileIsPreviewedLikePastedText() throws Exception {
		WebSession editor = signedIn(Role.EDITOR);
		Page form = editor.get("/admin/imports");
		String file = "\uFEFF" + MEMBERSHIP_HEADER + "Test Importland,SCO,OBSERVER,2020,,\r\n";

		Document html = upload(editor, csrf(form), "MEMBERSHIPS", file.getBytes(StandardCharsets.UTF_8));
		Document latin1 = upload(editor, csrf(form), "MEMBERSHIPS",
				(MEMBERSHIP_HEADER + "Türkiye,SCO,OBSERVER,2020,,\n").getBytes(StandardCharsets.ISO_8859_1));

		assertThat(html.select(".preview-summary").text())
			.isEqualTo("The row is good. Nothing is written yet: import it to add it.");
		assertThat(html.select("form.import-confirm input[name=csv]").val()).contains("Test Importland,SCO");
		assertThat(latin1.select("#csv-error").text()).startsWith("The file is not UTF-8 text");
		assertThat(memberships()).isZero();
	}

	@Test
	void thePageDocumentsTheColumnsAndOffersTemplatesThatParse() throws IOException {
		WebSession editor = signedIn(Role.EDITOR);

		Page page = editor.get("/admin/imports");
		Response template = editor.fetch("/admin/imports/templates/attendance.csv");

		assertThat(page.html().select("#columns-ATTENDANCE table.import-columns th code").eachText()).containsExactly(
				"summit", "person", "nation", "organization", "capacity", "standing", "status", "instead_of", "note");
		assertThat(page.html().select("#columns-MEMBERSHIPS .import-example").text())
			.startsWith("nation,organization,standing,start,end,note");
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.header("Content-Type")).startsWith("text/csv");
		assertThat(template.header("Content-Disposition")).contains("attachment", "attendance.csv");
		try (CSVParser parser = CSVParser.parse(new StringReader(template.page().body()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames()).isEqualTo(ImportKind.ATTENDANCE.layout().columnNames());
			assertThat(parser.getRecords()).hasSize(2);
		}
		for (ImportKind kind : ImportKind.values()) {
			for (ImportKind.Column column : kind.layout().columns()) {
				assertThat(this.messages.getMessage("imports.column." + kind + "." + column.name(), null, null,
						java.util.Locale.ENGLISH))
					.as(kind + "." + column.name())
					.isNotNull();
			}
		}
	}

	private Response preview(WebSession editor, String kind, String csv) {
		return editor.submit(editor.get("/admin/imports"), "form.import-form", fields("kind", kind, "csv", csv));
	}

	private static String csrf(Page page) {
		return page.html().select("input[name=_csrf]").val();
	}

	/**
	 * Posts the form as a browser does with a file chosen: multipart, with the session
	 * cookie and CSRF token.
	 */
	private Document upload(WebSession editor, String csrf, String kind, byte[] file) throws Exception {
		String boundary = "----test-import-boundary";
		var body = new java.io.ByteArrayOutputStream();
		for (String[] field : List.of(new String[] { "_csrf", csrf }, new String[] { "kind", kind },
				new String[] { "csv", "" })) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"m.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/imports/preview"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", "JSESSIONID=" + editor.cookie("JSESSIONID"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private long attendanceRows() {
		return this.jdbc.queryForObject("select count(*) from attendance where summit_id = ?", Long.class,
				this.summitId);
	}

	private long memberships() {
		return this.jdbc.queryForObject("select count(*) from membership where nation_id = ?", Long.class,
				this.nationId);
	}

}
