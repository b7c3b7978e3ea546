package org.summittracker.source.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class CitationAdminTest extends IntegrationTest {

	private static final String FOX_NEWS_ARTICLE = "Putin, Xi meet to bolster alliance against West ahead of NATO summit";

	private long jaishankarInAstana;

	private long astana;

	private long testSource;

	@BeforeEach
	void findFactsAndRecordATestSource() {
		this.jaishankarInAstana = this.jdbc.queryForObject("""
				select a.id from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				where s.slug = 'sco-2024-astana' and p.slug = 's-jaishankar'""", Long.class);
		this.astana = this.jdbc.queryForObject("select id from summit where slug = 'sco-2024-astana'", Long.class);
		this.testSource = this.jdbc.queryForObject(
				"""
						insert into source (title, publisher, url) values ('test-source Indian MEA readout', 'test-publisher MEA',
						  'https://www.mea.gov.in/test') returning id""",
				Long.class);
	}

	@AfterEach
	void removeTestCitationsAndSources() {
		this.jdbc.update("delete from citation where source_id in (select id from source where title like 'test-%')");
		this.jdbc.update("delete from source where title like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotAddCitations() {
		WebSession reader = anonymous();

		Response page = reader.fetch("/admin/citations?attendance=" + this.jaishankarInAstana);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		Response post = reader.post("/admin/citations?attendance=" + this.jaishankarInAstana,
				fields("sourceId", String.valueOf(this.testSource)));
		assertThat(post.status()).isIn(302, 403);
		assertThat(citationsOfTestSource()).isZero();
	}

	@Test
	void theCitationsPageNamesTheFactLinksToItsPublicPageAndListsWhatEachSourceClaimed() {
		var page = signedIn(Role.EDITOR).get("/admin/citations?attendance=" + this.jaishankarInAstana);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Citations of S. Jaishankar at SCO Summit 2024");
		assertThat(page.html().select("a.fact").attr("href"))
			.isEqualTo("/summits/sco-2024-astana#attendance-" + this.jaishankarInAstana);
		var article = page.row("table.citations tbody tr", FOX_NEWS_ARTICLE);
		assertThat(article.select(".claimed").text()).isEqualTo("Expected");
		assertThat(article.text()).contains("Fox News", "sending his foreign minister");
		assertThat(article.select("a.edit").attr("href")).matches("/admin/citations/\\d+/edit");
		assertThat(article.select("a.remove").attr("href")).matches("/admin/citations/\\d+/delete");
		assertThat(page.row("table.citations tbody tr", "SCO Summit Kicks Off in Astana").select(".claimed").text())
			.isEqualTo("Attended");
		assertThat(page.html().select("form.record-form select#claimedStatus option").eachAttr("value"))
			.containsExactly("", "EXPECTED", "REPORTED", "ATTENDED", "ABSENT", "DECLINED");
	}

	@Test
	void eachKindOfFactIsNamedTheWayReadersKnowIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long turkeyInSco = this.jdbc.queryForObject(
				"""
						select m.id from membership m join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
						where n.iso_alpha2 = 'TR' and o.acronym = 'SCO' and m.standing = 'DIALOGUE_PARTNER'""",
				Long.class);
		long putinPresident = this.jdbc.queryForObject("""
				select t.id from tenure t join person p on p.id = t.person_id join office o on o.id = t.office_id
				where p.slug = 'vladimir-putin' and o.slug = 'president-of-russia' and t.end_date is null""",
				Long.class);
		long putinActing = this.jdbc.queryForObject("""
				select t.id from tenure t join person p on p.id = t.person_id
				where p.slug = 'vladimir-putin' and t.acting""", Long.class);

		var summit = editor.get("/admin/citations?summit=" + this.astana);
		assertThat(summit.html().select("a.fact").text()).isEqualTo("SCO Summit 2024");
		assertThat(summit.html().select("a.fact").attr("href")).isEqualTo("/summits/sco-2024-astana");
		var membership = editor.get("/admin/citations?membership=" + turkeyInSco);
		assertThat(membership.html().select("a.fact").text()).isEqualTo("Turkey in the SCO as Dialogue partner");
		assertThat(membership.html().select("a.fact").attr("href")).startsWith("/organizations/");
		var tenure = editor.get("/admin/citations?tenure=" + putinPresident);
		assertThat(tenure.html().select("a.fact").text()).isEqualTo("Vladimir Putin as President of Russia");
		assertThat(tenure.html().select("a.fact").attr("href")).startsWith("/leaders/vladimir-putin");
		assertThat(editor.get("/admin/citations?tenure=" + putinActing).html().select("a.fact").text())
			.isEqualTo("Vladimir Putin as acting President of Russia");
	}

	@Test
	void addingACitationWithAClaimedStatusToAnAttendanceShowsItInTheList() {
		WebSession editor = signedIn(Role.EDITOR);
		var page = editor.get("/admin/citations?attendance=" + this.jaishankarInAstana);
		assertThat(page.html().select("select#sourceId option").get(1).val()).as("the newest source is offered first")
			.isEqualTo(String.valueOf(this.testSource));

		Response response = editor.submit(page, "form.record-form",
				fields("sourceId", String.valueOf(this.testSource), "claimedStatus", "ATTENDED", "quote",
						"External Affairs Minister Dr. S. Jaishankar led the Indian delegation."));
		assertThat(response.redirectsTo("/admin/citations?attendance=" + this.jaishankarInAstana)).isTrue();
		var list = editor.get("/admin/citations?attendance=" + this.jaishankarInAstana);
		assertThat(list.html().select(".flash").text())
			.isEqualTo("Saved the citation of “test-source Indian MEA readout”.");
		var row = list.row("table.citations tbody tr", "test-source Indian MEA readout");
		assertThat(row.select(".claimed").text()).isEqualTo("Attended");
		assertThat(row.select("q").text())
			.isEqualTo("External Affairs Minister Dr. S. Jaishankar led the Indian delegation.");
		assertThat(this.jdbc.queryForMap(
				"select attendance_id, summit_id, claimed_status from citation where source_id = ?", this.testSource))
			.containsEntry("attendance_id", this.jaishankarInAstana)
			.containsEntry("summit_id", null)
			.containsEntry("claimed_status", "ATTENDED");
	}

	@Test
	void aSummitCitationOffersNoClaimedStatusAndRefusesOneSentAnyway() {
		WebSession editor = signedIn(Role.EDITOR);
		var page = editor.get("/admin/citations?summit=" + this.astana);
		assertThat(page.html().select("form.record-form select#claimedStatus")).isEmpty();

		Response response = editor.submit(page, "form.record-form", fields("sourceId", String.valueOf(this.testSource),
				"claimedStatus", "ATTENDED", "quote", "The summit was held."));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("form.record-form .alert-danger").text())
			.contains("Only an attendance can carry a claimed status");
		assertThat(html.select("#sourceId option[selected]").val()).isEqualTo(String.valueOf(this.testSource));
		assertThat(html.select("#quote").val()).isEqualTo("The summit was held.");
		assertThat(citationsOfTestSource()).isZero();

		Response withoutStatus = editor.submit(page, "form.record-form",
				fields("sourceId", String.valueOf(this.testSource), "quote", "The summit was held."));
		assertThat(withoutStatus.redirectsTo("/admin/citations?summit=" + this.astana)).isTrue();
		assertThat(this.jdbc.queryForObject("select summit_id from citation where source_id = ?", Long.class,
				this.testSource))
			.isEqualTo(this.astana);
	}

	@Test
	void aCitationWithoutASourceShowsTheErrorNextToTheSourceAndKeepsTheQuote() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/citations?attendance=" + this.jaishankarInAstana),
				"form.record-form", fields("sourceId", "", "claimedStatus", "REPORTED", "quote", "Reportedly there."));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#sourceId-error").text()).isEqualTo("Choose a value.");
		assertThat(html.select("#claimedStatus option[selected]").val()).isEqualTo("REPORTED");
		assertThat(html.select("#quote").val()).isEqualTo("Reportedly there.");
		assertThat(html.select("table.citations tbody tr")).isNotEmpty();
	}

	@Test
	void editingACitationChangesItsSourceClaimAndQuoteButNotItsFact() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = citeTestSource("EXPECTED", "will attend");
		long other = this.jdbc.queryForObject("""
				insert into source (title, publisher) values ('test-source Kazinform', 'test-publisher Kazinform')
				returning id""", Long.class);

		var form = editor.get("/admin/citations/" + id + "/edit");
		assertThat(form.html().select("h1").text()).contains("S. Jaishankar at SCO Summit 2024");
		assertThat(form.html().select("#claimedStatus option[selected]").val()).isEqualTo("EXPECTED");
		Response saved = editor.submit(form, "form.record-form", fields("sourceId", String.valueOf(other),
				"claimedStatus", "ATTENDED", "quote", "attended", "attendance", "1"));

		assertThat(saved.redirectsTo("/admin/citations?attendance=" + this.jaishankarInAstana)).isTrue();
		assertThat(this.jdbc
			.queryForMap("select source_id, attendance_id, claimed_status, quote from citation where id = ?", id))
			.isEqualTo(Map.of("source_id", other, "attendance_id", this.jaishankarInAstana, "claimed_status",
					"ATTENDED", "quote", "attended"));
	}

	@Test
	void twoEditorsChangingTheSameCitationGiveTheSecondAConflict() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = citeTestSource("EXPECTED", "will attend");
		var firstForm = first.get("/admin/citations/" + id + "/edit");
		var secondForm = second.get("/admin/citations/" + id + "/edit");

		assertThat(first.submit(firstForm, "form.record-form", fields("quote", "first editor's quote")).status())
			.isEqualTo(302);
		Response stale = second.submit(secondForm, "form.record-form", fields("quote", "second editor's quote"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.page().html().select("tr.differs").eachText())
			.containsExactly("Quote first editor's quote second editor's quote");
		assertThat(this.jdbc.queryForObject("select quote from citation where id = ?", String.class, id))
			.isEqualTo("first editor's quote");
	}

	@Test
	void removingACitationAsksFirstThenRemovesIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = citeTestSource("EXPECTED", null);
		var list = editor.get("/admin/citations?attendance=" + this.jaishankarInAstana);

		var confirm = editor.get(
				list.row("table.citations tbody tr", "test-source Indian MEA readout").select("a.remove").attr("href"));
		assertThat(confirm.html().select("h1").text())
			.isEqualTo("Delete “test-source Indian MEA readout (for S. Jaishankar at SCO Summit 2024)”?");
		assertThat(citationsOfTestSource()).isOne();
		Response removed = editor.submit(confirm, "form[action$='/delete']");

		assertThat(removed.redirectsTo("/admin/citations?attendance=" + this.jaishankarInAstana)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from citation where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from attendance where id = ?", Long.class,
				this.jaishankarInAstana))
			.isOne();
	}

	@Test
	void aLinkNamingNoFactOrTwoIsMalformedAndAMissingFactIsNotFound() {
		WebSession editor = signedIn(Role.EDITOR);

		assertThat(editor.fetch("/admin/citations").status()).isEqualTo(400);
		assertThat(editor.fetch("/admin/citations?summit=" + this.astana + "&tenure=1").status()).isEqualTo(400);
		assertThat(editor.fetch("/admin/citations?attendance=abc").status()).isEqualTo(400);
		assertThat(editor.fetch("/admin/citations?attendance=999999").status()).isEqualTo(404);
		assertThat(editor.fetch("/admin/citations/999999/edit").status()).isEqualTo(404);
	}

	@Test
	void aSourceCitedForANationFromItsPageShowsOnTheNationPage() {
		WebSession editor = signedIn(Role.EDITOR);
		long kazakhstan = id("select id from nation where iso_alpha2 = 'KZ'");
		String link = editor.get("/nations/kazakhstan").html().select("a.cite-nation").attr("href");
		assertThat(link).isEqualTo("/admin/citations/new?nation=" + kazakhstan);

		var form = editor.get(link);
		assertThat(form.html().select("#kind option[selected]").val()).isEqualTo("NATION");
		assertThat(form.html().select("#recordId").val()).isEqualTo(String.valueOf(kazakhstan));
		assertThat(form.html().select("a.fact").text()).isEqualTo("Kazakhstan");
		assertThat(form.html().select("form.record-form select#claimedStatus")).isEmpty();
		Response saved = editor.submit(form, "form.record-form", fields("sourceId", String.valueOf(this.testSource),
				"accessed", "2024-07-05", "sourceRevision", "rev-1234"));

		assertThat(saved.redirectsTo("/admin/citations?nation=" + kazakhstan)).isTrue();
		assertThat(this.jdbc.queryForMap(
				"select nation_id, accessed::text, source_revision from citation where source_id = ?", this.testSource))
			.isEqualTo(Map.of("nation_id", kazakhstan, "accessed", "2024-07-05", "source_revision", "rev-1234"));
		var list = editor.get("/admin/citations?nation=" + kazakhstan);
		assertThat(list.row("table.citations tbody tr", "test-source Indian MEA readout").text()).contains("2024-07-05",
				"rev-1234");
		assertCitedOn(anonymous().get("/nations/kazakhstan").html(), "h1");
	}

	@Test
	void aSourceCitedForAnOrganizationAndOneOfItsOfficesShowsOnTheOrganizationPage() {
		WebSession editor = signedIn(Role.EDITOR);
		long un = id("select id from organization where acronym = 'UN'");
		var page = editor.get("/organizations/un").html();
		assertThat(page.select("a.cite-organization").attr("href"))
			.isEqualTo("/admin/citations/new?organization=" + un);
		String officeLink = page.select("#holders-heading + ul a.cite").attr("href");
		assertThat(officeLink).startsWith("/admin/citations/new?office=");

		assertThat(editor
			.submit(editor.get("/admin/citations/new?organization=" + un), "form.record-form",
					fields("sourceId", String.valueOf(this.testSource)))
			.status()).isEqualTo(302);
		var officeForm = editor.get(officeLink);
		assertThat(officeForm.html().select("a.fact").text()).isEqualTo("Secretary-General of the United Nations");
		assertThat(editor.submit(officeForm, "form.record-form", fields("sourceId", String.valueOf(this.testSource)))
			.status()).isEqualTo(302);

		var html = anonymous().get("/organizations/un").html();
		assertCitedOn(html, "h1");
		assertCitedOn(html, "#holders-heading + ul li");
	}

	@Test
	void aSourceCitedForAPersonAnOfficeTheyHoldAndAnOtherNameShowsOnTheirPage() {
		WebSession editor = signedIn(Role.EDITOR);
		long putin = id("select id from person where slug = 'vladimir-putin'");
		long president = id("select id from office where slug = 'president-of-russia'");
		long nativeName = id("select id from person_name where name = 'Владимир Путин'");
		var page = editor.get("/leaders/vladimir-putin").html();
		assertThat(page.select("a.cite-person").attr("href")).isEqualTo("/admin/citations/new?person=" + putin);
		assertThat(page.select(".other-names a.cite").eachAttr("href"))
			.contains("/admin/citations/new?personName=" + nativeName);

		for (String link : List.of("/admin/citations/new?person=" + putin, "/admin/citations/new?office=" + president,
				"/admin/citations/new?personName=" + nativeName)) {
			assertThat(editor
				.submit(editor.get(link), "form.record-form",
						fields("sourceId", String.valueOf(this.testSource), "quote", "test quote"))
				.status()).as(link).isEqualTo(302);
		}

		var html = anonymous().get("/leaders/vladimir-putin").html();
		assertCitedOn(html, "h1");
		assertCitedOn(html, ".offices li");
		assertCitedOn(html, ".other-names");
		assertThat(html.select("a.cite, a.cite-person")).as("readers get no editing links").isEmpty();
	}

	@Test
	void aSourceCitedForAnOfficeShowsWhereItsHolderIsListedOnTheNationPage() {
		WebSession editor = signedIn(Role.EDITOR);
		long president = id("select id from office where slug = 'president-of-kazakhstan'");
		assertThat(editor.get("/nations/kazakhstan").html().select(".holders a.cite").eachAttr("href"))
			.contains("/admin/citations/new?office=" + president);

		Response saved = editor.submit(editor.get("/admin/citations/new?office=" + president), "form.record-form",
				fields("sourceId", String.valueOf(this.testSource)));

		assertThat(saved.redirectsTo("/admin/citations?office=" + president)).isTrue();
		assertCitedOn(anonymous().get("/nations/kazakhstan").html(), ".holders tbody tr");
	}

	@Test
	void aCitationOfARecordThatIsNotThereShowsTheErrorNextToTheRecordAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);
		var form = editor.get("/admin/citations/new?nation=" + id("select id from nation where iso_alpha2 = 'KZ'"));

		Response response = editor.submit(form, "form.record-form", fields("kind", "OFFICE", "recordId", "999999",
				"sourceId", String.valueOf(this.testSource), "quote", "kept", "accessed", "not a date"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#recordId-error").text())
			.isEqualTo("There is no such record. Check the kind and the number.");
		assertThat(html.select("#accessed-error").text()).isEqualTo("Enter a date as YYYY-MM-DD.");
		assertThat(html.select("#kind option[selected]").val()).isEqualTo("OFFICE");
		assertThat(html.select("#recordId").val()).isEqualTo("999999");
		assertThat(html.select("#quote").val()).isEqualTo("kept");
		assertThat(citationsOfTestSource()).isZero();
		assertThat(editor.fetch("/admin/citations/new?office=999999").status()).isEqualTo(404);
	}

	/**
	 * The test source is in the page's numbered list, and the element cites it with its
	 * number.
	 */
	private static void assertCitedOn(org.jsoup.nodes.Document html, String selector) {
		var source = html.select("section.sources li")
			.stream()
			.filter((li) -> li.text().contains("test-source Indian MEA readout"))
			.findFirst();
		assertThat(source).as("the test source is listed").isPresent();
		assertThat(html.select(selector + " a.ref[href=#" + source.get().id() + "]")).as(selector).isNotEmpty();
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private long citeTestSource(String claimedStatus, String quote) {
		return this.jdbc.queryForObject("""
				insert into citation (source_id, attendance_id, claimed_status, quote) values (?, ?, ?, ?)
				returning id""", Long.class, this.testSource, this.jaishankarInAstana, claimedStatus, quote);
	}

	private long citationsOfTestSource() {
		return this.jdbc.queryForObject("select count(*) from citation where source_id = ?", Long.class,
				this.testSource);
	}

}
