package org.summittracker.summit.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class SummitAdminTest extends IntegrationTest {

	@AfterEach
	void removeTestSummits() {
		this.jdbc.update("delete from summit where slug like 'test-%' and parent_id is not null");
		this.jdbc.update("delete from summit where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		Response form = reader.fetch("/admin/summits/new");
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).endsWith("/login");
		Response post = reader.post("/admin/summits", fields("name", "Sneaky summit"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from summit where name = 'Sneaky summit'", Long.class))
			.isZero();
	}

	@Test
	void creatingASummitWithErrorsShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/summits/new"), "form.record-form",
				fields("name", "", "slug", "Not A Slug", "kind", "ORGANIZATION_SUMMIT", "organization", "", "startDate",
						"2026-07-04", "endDate", "2026-07-01", "city", "Bishkek"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#name-error").text()).isEqualTo("Enter a value.");
		assertThat(html.select("#slug-error").text()).contains("lower-case");
		assertThat(html.select("#organization-error").text()).contains("convening organization");
		assertThat(html.select("#endDate-error").text()).isEqualTo("The end cannot be before the start.");
		assertThat(html.select("#endDate").attr("aria-describedby")).contains("endDate-error");
		assertThat(html.select("#city").val()).isEqualTo("Bishkek");
		assertThat(html.select("#slug").val()).isEqualTo("Not A Slug");
		assertThat(html.select("#startDate").val()).isEqualTo("2026-07-04");
		assertThat(html.select("#error-summary").text()).contains("4 fields");
	}

	@Test
	void aValidSummitIsSavedAndTheEditorIsRedirectedToItsPageWithAMessage() {
		WebSession editor = signedIn(Role.EDITOR);
		String scoId = String
			.valueOf(this.jdbc.queryForObject("select id from organization where acronym = 'SCO'", Long.class));

		Response response = editor.submit(editor.get("/admin/summits/new"), "form.record-form",
				fields("name", "Test SCO Summit 2026", "slug", "test-sco-2026", "kind", "ORGANIZATION_SUMMIT",
						"organization", scoId, "startDate", "2026-08-31", "endDate", "2026-09-01", "status", "PLANNED",
						"city", "Bishkek"));

		assertThat(response.redirectsTo("/summits/test-sco-2026")).isTrue();
		var page = editor.get("/summits/test-sco-2026");
		assertThat(page.html().select(".flash").text()).isEqualTo("Saved “Test SCO Summit 2026”.");
		assertThat(page.html().select("h1").text()).isEqualTo("Test SCO Summit 2026");
		assertThat(editor.get("/summits/test-sco-2026").html().select(".flash")).isEmpty();
	}

	@Test
	void aSidelineMeetingOutsideItsParentsDatesIsRefusedOnTheStartField() {
		WebSession editor = signedIn(Role.EDITOR);
		long parent = this.jdbc.queryForObject("select id from summit where slug = 'sco-2024-astana'", Long.class);

		Response response = editor.submit(editor.get("/admin/summits/new?parent=" + parent), "form.record-form",
				fields("name", "Test late talks", "slug", "test-late-talks", "startDate", "2024-07-10", "endDate",
						"2024-07-10"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.page().html().select("#startDate-error").text()).contains("SCO Summit 2024");
		assertThat(response.page().html().select("#parent option[selected]").text()).isEqualTo("SCO Summit 2024");
	}

	@Test
	void twoEditorsSavingTheSameSummitGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestSummit();
		var firstForm = first.get("/admin/summits/" + id + "/edit");
		var secondForm = second.get("/admin/summits/" + id + "/edit");

		Response firstSave = first.submit(firstForm, "form.record-form", fields("venue", "Ala-Archa residence"));
		Response secondSave = second.submit(secondForm, "form.record-form", fields("city", "Cholpon-Ata"));

		assertThat(firstSave.status()).isEqualTo(302);
		assertThat(secondSave.status()).isEqualTo(409);
		var conflict = secondSave.page().html();
		assertThat(conflict.select("h1").text()).contains("Someone else saved this record");
		assertThat(conflict.select("tr.differs").eachText()).containsExactlyInAnyOrder("City Bishkek Cholpon-Ata",
				"Venue Ala-Archa residence");
		assertThat(this.jdbc.queryForObject("select venue from summit where id = ?", String.class, id))
			.isEqualTo("Ala-Archa residence");
		assertThat(this.jdbc.queryForObject("select city from summit where id = ?", String.class, id))
			.isEqualTo("Bishkek");

		Response reapplied = second.submit(secondSave.page(), "form.reapply");

		assertThat(reapplied.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select city || ' / ' || coalesce(venue, '-') from summit where id = ?",
				String.class, id))
			.isEqualTo("Cholpon-Ata / -");
	}

	@Test
	void deletingASummitListsTheAttendanceItTakesWithItThenDeletes() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestSummit();
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, status)
				select ?, p.id, p.nationality_id, 'HOST', 'EXPECTED' from person p where p.slug = 'sadyr-japarov'""",
				id);

		var confirm = editor.get("/admin/summits/" + id + "/delete");
		assertThat(confirm.html().select(".owned").text()).isEqualTo("1 attendance row");
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/summits")).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from summit where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from attendance where summit_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aSummitWithMeetingsOnItsSidelinesCannotBeDeletedAndSaysWhy() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = this.jdbc.queryForObject("select id from summit where slug = 'sco-2024-astana'", Long.class);

		var confirm = editor.get("/admin/summits/" + id + "/delete");

		assertThat(confirm.html().select(".blocking").text()).isEqualTo("2 summits or meetings");
		assertThat(confirm.html().select("form[action$='/delete']")).isEmpty();
		Response forced = editor.post("/admin/summits/" + id + "/delete",
				fields("_csrf", confirm.html().select("input[name=_csrf]").val()));
		assertThat(this.jdbc.queryForObject("select count(*) from summit where id = ?", Long.class, id)).isOne();
		assertThat(forced.status()).isIn(302, 403);
	}

	@Test
	void signedInEditorsSeeEditLinksWhereReadersDoNot() {
		assertThat(anonymous().get("/summits/sco-2024-astana").html().select("a.edit")).isEmpty();
		assertThat(signedIn(Role.EDITOR).get("/summits/sco-2024-astana").html().select("a.edit").attr("href"))
			.startsWith("/admin/summits/");
	}

	private long createTestSummit() {
		return this.jdbc.queryForObject(
				"""
						insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
						select 'test-bishkek', 'Test Bishkek summit', 'ORGANIZATION_SUMMIT', o.id, n.id, 'Bishkek',
						       date '2026-08-31', date '2026-09-01', 'PLANNED'
						from organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KG' returning id""",
				Long.class);
	}

}
