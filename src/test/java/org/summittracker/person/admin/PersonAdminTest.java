package org.summittracker.person.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class PersonAdminTest extends IntegrationTest {

	@AfterEach
	void removeTestPeople() {
		this.jdbc.update("delete from tenure where person_id in (select id from person where slug like 'test-%')");
		this.jdbc.update("delete from person_name where person_id in (select id from person where slug like 'test-%')");
		this.jdbc.update("delete from person where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		Response form = reader.fetch("/admin/leaders/new");
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).endsWith("/login");
		Response post = reader.post("/admin/leaders",
				fields("name", "Test Sneaky", "sortName", "Sneaky, Test", "slug", "test-sneaky"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(count("select count(*) from person where slug = 'test-sneaky'")).isZero();
		assertThat(anonymous().get("/leaders").html().select("a.new-leader")).isEmpty();
	}

	@Test
	void creatingAPersonWithErrorsShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/leaders/new"), "form.record-form",
				fields("name", "", "sortName", "Lovelace, Ada", "slug", "Not A Slug", "birthDate", "10 Dec 1815"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#name-error").text()).isEqualTo("Enter a value.");
		assertThat(html.select("#slug-error").text()).contains("lower-case");
		assertThat(html.select("#birthDate-error").text()).isEqualTo("Enter a date as YYYY-MM-DD.");
		assertThat(html.select("#name").attr("aria-describedby")).contains("name-error");
		assertThat(html.select("#sortName").val()).isEqualTo("Lovelace, Ada");
		assertThat(html.select("#slug").val()).isEqualTo("Not A Slug");
		assertThat(html.select("#birthDate").val()).isEqualTo("10 Dec 1815");
		assertThat(html.select("#error-summary").text()).contains("3 fields");
		assertThat(count("select count(*) from person where sort_name = 'Lovelace, Ada'")).isZero();
	}

	@Test
	void anAddressAlreadyTakenIsRefusedOnTheSlugField() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/leaders/new"), "form.record-form",
				fields("name", "Test Modi", "sortName", "Modi, Test", "slug", "narendra-modi"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.page().html().select("#slug-error").text())
			.isEqualTo("Another record already has this address.");
		assertThat(response.page().html().select("#name").val()).isEqualTo("Test Modi");
	}

	@Test
	void aValidPersonIsSavedWithAnAddressMadeFromTheNameAndShownWithAMessage() {
		WebSession editor = signedIn(Role.EDITOR);
		String kz = String.valueOf(count("select id from nation where iso_alpha2 = 'KZ'"));

		Response response = editor.submit(editor.get("/admin/leaders/new"), "form.record-form",
				fields("name", "Test Äsel Žanbyrbaeva", "sortName", "Žanbyrbaeva, Test Äsel", "slug", "", "birthDate",
						"1970-03-08", "nationality", kz));

		assertThat(response.redirectsTo("/leaders/test-asel-zanbyrbaeva")).isTrue();
		var page = editor.get("/leaders/test-asel-zanbyrbaeva");
		assertThat(page.html().select(".flash").text()).isEqualTo("Saved “Test Äsel Žanbyrbaeva”.");
		assertThat(page.html().select("h1").text()).isEqualTo("Test Äsel Žanbyrbaeva");
		assertThat(page.text()).contains("Kazakhstan");
		assertThat(this.jdbc.queryForObject("select birth_date::text from person where slug = 'test-asel-zanbyrbaeva'",
				String.class))
			.isEqualTo("1970-03-08");
	}

	@Test
	void twoEditorsSavingTheSamePersonGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestPerson();
		var firstForm = first.get("/admin/leaders/" + id + "/edit");
		var secondForm = second.get("/admin/leaders/" + id + "/edit");

		Response firstSave = first.submit(firstForm, "form.record-form", fields("sortName", "Leader, Test A."));
		Response secondSave = second.submit(secondForm, "form.record-form", fields("birthDate", "1961-08-04"));

		assertThat(firstSave.status()).isEqualTo(302);
		assertThat(secondSave.status()).isEqualTo(409);
		var conflict = secondSave.page().html();
		assertThat(conflict.select("h1").text()).contains("Someone else saved this record");
		assertThat(conflict.select("tr.differs").eachText())
			.containsExactlyInAnyOrder("Sort name Leader, Test A. Leader, Test", "Born 1961-08-04");
		assertThat(this.jdbc.queryForObject("select sort_name from person where id = ?", String.class, id))
			.isEqualTo("Leader, Test A.");
		assertThat(this.jdbc.queryForObject("select birth_date from person where id = ?", java.sql.Date.class, id))
			.isNull();

		Response reapplied = second.submit(secondSave.page(), "form.reapply");

		assertThat(reapplied.redirectsTo("/leaders/test-leader")).isTrue();
		assertThat(this.jdbc.queryForObject("select sort_name || ' / ' || birth_date from person where id = ?",
				String.class, id))
			.isEqualTo("Leader, Test / 1961-08-04");
	}

	@Test
	void otherNamesAreAddedOnceAndRemovedOnTheEditPage() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestPerson();
		String source = String.valueOf(count("select min(id) from source"));
		assertThat(editor.get("/admin/leaders/" + id + "/edit").html().select("form.name-form select#sourceId"))
			.as("an other name's source is a citation of it")
			.isEmpty();

		Response added = editor.submit(editor.get("/admin/leaders/" + id + "/edit"), "form.name-form",
				fields("otherName", " Test Lider ", "kind", "TRANSLITERATION"));

		assertThat(added.redirectsTo("/admin/leaders/" + id + "/edit")).isTrue();
		var edit = editor.get("/admin/leaders/" + id + "/edit");
		assertThat(edit.html().select(".flash").text()).isEqualTo("Added the other name “Test Lider”.");
		assertThat(edit.row("table.other-names tbody tr", "Test Lider").text()).contains("transliteration");
		assertThat(editor.get("/leaders/test-leader").html().select(".other-names").text()).contains("Test Lider");
		long nameId = count("select id from person_name where name = 'Test Lider' and person_id = " + id);
		String cite = edit.row("table.other-names tbody tr", "Test Lider").select("a.cite-name").attr("href");
		assertThat(cite).isEqualTo("/admin/citations/new?personName=" + nameId);
		assertThat(editor.submit(editor.get(cite), "form.record-form", fields("sourceId", source)).status())
			.isEqualTo(302);
		assertThat(count("select source_id from citation where person_name_id = " + nameId))
			.isEqualTo(Long.parseLong(source));

		Response again = editor.submit(edit, "form.name-form", fields("otherName", "Test Lider", "kind", "VARIANT"));

		assertThat(again.status()).isEqualTo(200);
		var html = again.page().html();
		assertThat(html.select("#otherName-error").text()).isEqualTo("This person already has this other name.");
		assertThat(html.select("#otherName").val()).isEqualTo("Test Lider");
		assertThat(html.select("#kind option[selected]").val()).isEqualTo("VARIANT");
		assertThat(html.select("form.record-form #name").val()).isEqualTo("Test Leader");
		assertThat(count("select count(*) from person_name where person_id = " + id)).isOne();

		Response removed = editor.submit(edit, "form.name-remove");

		assertThat(removed.redirectsTo("/admin/leaders/" + id + "/edit")).isTrue();
		assertThat(editor.get("/admin/leaders/" + id + "/edit").html().select(".flash").text())
			.isEqualTo("Removed the other name “Test Lider”.");
		assertThat(count("select count(*) from person_name where person_id = " + id)).isZero();
	}

	@Test
	void deletingAPersonListsTheOtherNamesThatGoWithItThenDeletes() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestPerson();
		this.jdbc.update("insert into person_name (person_id, name, kind) values (?, 'Test Lider', 'VARIANT')", id);

		var confirm = editor.get("/admin/leaders/" + id + "/delete");
		assertThat(confirm.html().select(".owned").text()).isEqualTo("1 other name");
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/leaders")).isTrue();
		assertThat(editor.get("/leaders").html().select(".flash").text()).isEqualTo("Deleted “Test Leader”.");
		assertThat(count("select count(*) from person where id = " + id)).isZero();
		assertThat(count("select count(*) from person_name where person_id = " + id)).isZero();
	}

	@Test
	void aPersonReferredToByAttendanceAndTenuresCannotBeDeletedAndItSaysWhy() {
		WebSession editor = signedIn(Role.EDITOR);
		long modi = count("select id from person where slug = 'narendra-modi'");

		var confirm = editor.get("/admin/leaders/" + modi + "/delete");

		long attending = count("select count(*) from attendance where person_id = " + modi);
		assertThat(confirm.html().select(".blocking li").eachText()).contains(attending + " attendance rows",
				"1 attendance row", "1 tenure");
		assertThat(confirm.html().select("form[action$='/delete']")).isEmpty();
		Response forced = editor.post("/admin/leaders/" + modi + "/delete",
				fields("_csrf", confirm.html().select("input[name=_csrf]").val()));
		assertThat(forced.status()).isIn(302, 403);
		assertThat(count("select count(*) from person where id = " + modi)).isOne();
	}

	@Test
	void signedInEditorsSeeEditLinksOnTheLeaderPagesWhereReadersDoNot() {
		long modi = count("select id from person where slug = 'narendra-modi'");
		var reader = anonymous().get("/leaders/narendra-modi").html();
		assertThat(reader.select("a.edit, a.add-tenure, a.delete, .tenure-actions")).isEmpty();
		assertThat(reader.select(".record-actions a").attr("href")).isEqualTo("/history/person/" + modi);

		WebSession editor = signedIn(Role.EDITOR);
		var page = editor.get("/leaders/narendra-modi").html();
		assertThat(page.select("a.edit").attr("href")).isEqualTo("/admin/leaders/" + modi + "/edit");
		assertThat(page.select("a.add-tenure").attr("href")).isEqualTo("/admin/tenures/new?person=" + modi);
		assertThat(page.select("a.delete").attr("href")).isEqualTo("/admin/leaders/" + modi + "/delete");
		assertThat(page.select(".offices a.edit-tenure").attr("href")).startsWith("/admin/tenures/");
		assertThat(page.select(".offices a.history-tenure").attr("href")).startsWith("/history/tenure/");
		assertThat(editor.get("/leaders").html().select("a.new-leader").attr("href")).isEqualTo("/admin/leaders/new");
	}

	private long createTestPerson() {
		return count(
				"""
						insert into person (slug, name, sort_name, nationality_id)
						select 'test-leader', 'Test Leader', 'Leader, Test', id from nation where iso_alpha2 = 'KG' returning id""");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
