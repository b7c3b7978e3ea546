package org.summittracker.organization.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class OrganizationAdminTest extends IntegrationTest {

	@AfterEach
	void removeTestOrganizations() {
		this.jdbc.update("delete from organization where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		Response form = reader.fetch("/admin/organizations/new");
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).endsWith("/login");
		Response post = reader.post("/admin/organizations",
				fields("acronym", "TEST SNEAK", "name", "Test Sneaky Pact", "kind", "INFORMAL_FORUM"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from organization where name = 'Test Sneaky Pact'",
				Long.class))
			.isZero();
	}

	@Test
	void creatingAnOrganizationWithErrorsShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/organizations/new"), "form.record-form",
				fields("acronym", "sco", "name", "", "slug", "", "kind", "", "founded", "June 2001", "description",
						"A forum that never met"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#name-error").text()).isEqualTo("Enter a value.");
		assertThat(html.select("#kind-error").text()).isEqualTo("Choose a value.");
		assertThat(html.select("#founded-error").text()).contains("2001-06-15");
		assertThat(html.select("#founded").val()).isEqualTo("June 2001");
		assertThat(html.select("#description").val()).isEqualTo("A forum that never met");
		assertThat(html.select("#error-summary").text()).contains("3 fields");
	}

	@Test
	void anAcronymAnotherOrganizationHasInAnyCaseIsRefusedOnTheAcronymField() {
		WebSession editor = signedIn(Role.EDITOR);

		// the database checks the acronym once the form's own checks pass
		Response response = editor.submit(editor.get("/admin/organizations/new"), "form.record-form",
				fields("acronym", "sco", "name", "Test Second SCO", "slug", "test-sco", "kind", "INFORMAL_FORUM",
						"description", "A forum that never met"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#acronym-error").text()).isEqualTo("Another organization already has this acronym.");
		assertThat(html.select("#acronym").val()).isEqualTo("sco");
		assertThat(html.select("#description").val()).isEqualTo("A forum that never met");
		assertThat(html.select("#error-summary").text()).contains("the field marked below");
		assertThat(this.jdbc.queryForObject("select count(*) from organization where slug = 'test-sco'", Long.class))
			.isZero();
	}

	@Test
	void aFoundingDateThatDoesNotExistIsRefused() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/organizations/new"), "form.record-form", fields("acronym",
				"TEST ODD", "name", "Test Odd Forum", "kind", "INFORMAL_FORUM", "founded", "2001-13"));

		assertThat(response.page().html().select("#founded-error").text())
			.isEqualTo("There is no such date: check the month and the day, written as 2001, 2001-06 or 2001-06-15.");
	}

	@Test
	void aValidOrganizationIsSavedWithASlugMadeFromItsAcronym() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/organizations/new"), "form.record-form", fields("acronym",
				"TEST BRICS", "name", "Test BRICS Forum", "kind", "INFORMAL_FORUM", "founded", "2009-06", "slug", ""));

		assertThat(response.redirectsTo("/organizations/test-brics")).isTrue();
		var page = editor.get("/organizations/test-brics");
		assertThat(page.html().select(".flash").text()).isEqualTo("Saved “Test BRICS Forum”.");
		assertThat(page.html().select("h1").text()).isEqualTo("Test BRICS Forum (TEST BRICS)");
		assertThat(page.text()).contains("Founded: June 2009", "Informal forum");
	}

	@Test
	void twoEditorsSavingTheSameOrganizationGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestOrganization();
		var firstForm = first.get("/admin/organizations/" + id + "/edit");
		var secondForm = second.get("/admin/organizations/" + id + "/edit");

		Response firstSave = first.submit(firstForm, "form.record-form", fields("founded", "2009"));
		Response secondSave = second.submit(secondForm, "form.record-form",
				fields("kind", "INTERGOVERNMENTAL_ORGANIZATION"));

		assertThat(firstSave.status()).isEqualTo(302);
		assertThat(secondSave.status()).isEqualTo(409);
		var conflict = secondSave.page().html();
		assertThat(conflict.select("tr.differs").eachText()).containsExactlyInAnyOrder("Founded 2009",
				"Kind Informal forum Intergovernmental organization");
		assertThat(this.jdbc.queryForObject("select kind || ' ' || founded_precision from organization where id = ?",
				String.class, id))
			.isEqualTo("INFORMAL_FORUM YEAR");

		Response reapplied = second.submit(secondSave.page(), "form.reapply");

		assertThat(reapplied.redirectsTo("/organizations/test-brics")).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select kind || ' ' || coalesce(founded_precision, '-') from organization where id = ?", String.class,
				id))
			.isEqualTo("INTERGOVERNMENTAL_ORGANIZATION -");
	}

	@Test
	void theScoCannotBeDeletedWhileMembershipsAndSummitsReferToIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = this.jdbc.queryForObject("select id from organization where acronym = 'SCO'", Long.class);
		long memberships = this.jdbc.queryForObject("select count(*) from membership where organization_id = ?",
				Long.class, id);

		var confirm = editor.get("/admin/organizations/" + id + "/delete");

		long attendance = this.jdbc.queryForObject("select count(*) from attendance where organization_id = ?",
				Long.class, id);
		assertThat(confirm.html().select(".blocking li").eachText()).containsExactly(attendance + " attendance rows",
				memberships + " memberships", "1 office", "3 summits or meetings");
		assertThat(confirm.html().select("form[action$='/delete']")).isEmpty();
		Response forced = editor.post("/admin/organizations/" + id + "/delete",
				fields("_csrf", confirm.html().select("input[name=_csrf]").val()));
		assertThat(forced.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from organization where id = ?", Long.class, id)).isOne();
	}

	@Test
	void anOrganizationNothingRefersToIsDeletedAfterConfirmation() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestOrganization();

		var confirm = editor.get("/admin/organizations/" + id + "/delete");
		assertThat(confirm.text()).contains("Nothing else is deleted with it.");
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/organizations")).isTrue();
		assertThat(editor.get("/organizations").html().select(".flash").text())
			.isEqualTo("Deleted “Test BRICS Forum”.");
		assertThat(this.jdbc.queryForObject("select count(*) from organization where id = ?", Long.class, id)).isZero();
	}

	@Test
	void signedInEditorsSeeEditLinksOnTheOrganizationPagesWhereReadersDoNot() {
		var reader = anonymous().get("/organizations/sco").html();
		assertThat(reader.select("a.edit, a.edit-membership, a.delete-membership, a.add-membership")).isEmpty();
		assertThat(reader.select(".record-actions a").attr("href")).startsWith("/history/organization/");

		var editor = signedIn(Role.EDITOR).get("/organizations/sco").html();
		assertThat(editor.select("a.edit").attr("href")).matches("/admin/organizations/\\d+/edit");
		assertThat(editor.select("a.add-membership").attr("href"))
			.matches("/admin/memberships/new\\?organization=\\d+");
		assertThat(editor.select("table.members a.edit-membership").size()
				+ editor.select("table.former a.edit-membership").size())
			.isEqualTo(this.jdbc.queryForObject(
					"select count(*) from membership m join organization o on o.id = m.organization_id where o.acronym = 'SCO'",
					Integer.class));
		assertThat(signedIn(Role.EDITOR).get("/organizations").html().select("a.new-organization").attr("href"))
			.isEqualTo("/admin/organizations/new");
	}

	private long createTestOrganization() {
		return this.jdbc.queryForObject("""
				insert into organization (slug, acronym, name, kind)
				values ('test-brics', 'TEST BRICS', 'Test BRICS Forum', 'INFORMAL_FORUM') returning id""", Long.class);
	}

}
