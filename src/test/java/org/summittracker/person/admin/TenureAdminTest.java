package org.summittracker.person.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class TenureAdminTest extends IntegrationTest {

	private long person;

	private long office;

	@BeforeEach
	void createTestPersonAndOffice() {
		this.person = count(
				"""
						insert into person (slug, name, sort_name, nationality_id)
						select 'test-holder', 'Test Holder', 'Holder, Test', id from nation where iso_alpha2 = 'KG' returning id""");
		this.office = count("""
				insert into office (slug, title, kind, nation_id)
				select 'test-speaker', 'Test Speaker of Kyrgyzstan', 'OTHER', id from nation where iso_alpha2 = 'KG'
				returning id""");
	}

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from tenure where person_id in (select id from person where slug like 'test-%')");
		this.jdbc.update("delete from office where slug like 'test-%'");
		this.jdbc.update("delete from person where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		assertThat(reader.fetch("/admin/tenures/new?person=" + this.person).location()).endsWith("/login");
		Response post = reader.post("/admin/tenures",
				fields("person", String.valueOf(this.person), "office", String.valueOf(this.office), "start", "2024"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(tenures()).isZero();
	}

	@Test
	void aTenureOpenedFromTheLeaderPageIsSavedAndTheEditorIsSentBackThere() {
		WebSession editor = signedIn(Role.EDITOR);
		var form = editor.get(editor.get("/leaders/test-holder").html().select("a.add-tenure").attr("href"));
		assertThat(form.html().select("#person option[selected]").text()).isEqualTo("Test Holder");

		Response response = editor.submit(form, "form.record-form", fields("office", String.valueOf(this.office),
				"start", "2021-01", "end", "", "acting", "true", "note", "After the snap election"));

		assertThat(response.redirectsTo("/leaders/test-holder")).isTrue();
		var page = editor.get("/leaders/test-holder").html();
		assertThat(page.select(".flash").text()).isEqualTo("Saved the tenure as “Test Speaker of Kyrgyzstan”.");
		assertThat(page.select(".offices li").text()).contains("Test Speaker of Kyrgyzstan", "acting", "January 2021",
				"After the snap election");
		assertThat(this.jdbc.queryForObject(
				"select start_date || ' ' || start_precision || ' ' || acting from tenure " + "where person_id = ?",
				String.class, this.person))
			.isEqualTo("2021-01-01 MONTH true");
	}

	@Test
	void aTenureEndingBeforeItStartsIsRefusedOnTheEndFieldWithTheInputKept() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/tenures/new?person=" + this.person), "form.record-form",
				fields("office", String.valueOf(this.office), "start", "2024-07-03", "end", "2023", "note",
						"Test note"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#end-error").text()).isEqualTo("The end cannot be before the start.");
		assertThat(html.select("#end").attr("aria-describedby")).contains("end-error");
		assertThat(html.select("#start").val()).isEqualTo("2024-07-03");
		assertThat(html.select("#end").val()).isEqualTo("2023");
		assertThat(html.select("#note").val()).isEqualTo("Test note");
		assertThat(html.select("#office option[selected]").val()).isEqualTo(String.valueOf(this.office));
		assertThat(tenures()).isZero();
	}

	@Test
	void anEndYearIsReadAtItsLastDaySoItMayEndATenureStartedThatYearButNotOneStartedLater() {
		WebSession editor = signedIn(Role.EDITOR);

		Response before = editor.submit(editor.get("/admin/tenures/new?person=" + this.person), "form.record-form",
				fields("office", String.valueOf(this.office), "start", "2024-07", "end", "2023"));
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.page().html().select("#end-error").text()).isEqualTo("The end cannot be before the start.");
		assertThat(tenures()).isZero();

		Response sameYear = editor.submit(editor.get("/admin/tenures/new?person=" + this.person), "form.record-form",
				fields("office", String.valueOf(this.office), "start", "2024-07", "end", "2024"));
		assertThat(sameYear.status()).isEqualTo(302);
		assertThat(tenures()).isEqualTo(1);
	}

	@Test
	void datesThatAreNotPartialDatesOrDoNotExistAreRefusedOnTheirFields() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/tenures/new?person=" + this.person), "form.record-form",
				fields("person", "", "office", String.valueOf(this.office), "start", "2024-02-30", "end", "July 2025"));

		var html = response.page().html();
		assertThat(html.select("#start-error").text())
			.isEqualTo("Enter a year, a month or a day that exists: 2024, 2024-07 or 2024-07-03.");
		assertThat(html.select("#end-error").text()).contains("2024-07-03");
		assertThat(html.select("#person-error").text()).isEqualTo("Choose a value.");
		assertThat(html.select("#end").val()).isEqualTo("July 2025");
	}

	@Test
	void twoEditorsSavingTheSameTenureGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestTenure();
		var firstForm = first.get("/admin/tenures/" + id + "/edit");
		var secondForm = second.get("/admin/tenures/" + id + "/edit");

		assertThat(first.submit(firstForm, "form.record-form", fields("end", "2024-05")).status()).isEqualTo(302);
		Response secondSave = second.submit(secondForm, "form.record-form", fields("note", "Test second"));

		assertThat(secondSave.status()).isEqualTo(409);
		assertThat(secondSave.page().html().select("tr.differs").eachText()).containsExactlyInAnyOrder("Until 2024-05",
				"Note Test second");
		assertThat(secondSave.page().html().select("form.reapply input[name=office]").val())
			.isEqualTo(String.valueOf(this.office));
		assertThat(this.jdbc.queryForObject(
				"select end_date::text || ' ' || coalesce(note, '-') from tenure where id = ?", String.class, id))
			.isEqualTo("2024-05-01 -");
	}

	@Test
	void deletingATenureListsTheCitationsThatGoWithItThenReturnsToTheLeader() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestTenure();
		this.jdbc.update("insert into citation (source_id, tenure_id) select min(id), ? from source", id);
		var page = editor.get("/leaders/test-holder");

		var confirm = editor.get(page.html().select(".offices a.delete-tenure").attr("href"));
		assertThat(confirm.html().select(".owned").text()).isEqualTo("1 citation");
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/leaders/test-holder")).isTrue();
		assertThat(editor.get("/leaders/test-holder").html().select(".flash").text())
			.isEqualTo("Deleted “Test Holder · Test Speaker of Kyrgyzstan”.");
		assertThat(tenures()).isZero();
		assertThat(count("select count(*) from citation where tenure_id = " + id)).isZero();
	}

	private long createTestTenure() {
		return count("insert into tenure (person_id, office_id, start_date, start_precision) values (" + this.person
				+ ", " + this.office + ", date '2020-01-01', 'YEAR') returning id");
	}

	private long tenures() {
		return count("select count(*) from tenure where person_id = " + this.person);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
