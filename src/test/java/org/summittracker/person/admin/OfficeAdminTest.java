package org.summittracker.person.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class OfficeAdminTest extends IntegrationTest {

	@AfterEach
	void removeTestOffices() {
		this.jdbc.update("delete from tenure where office_id in (select id from office where slug like 'test-%')");
		this.jdbc.update("delete from office where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		assertThat(reader.fetch("/admin/offices").location()).endsWith("/login");
		Response post = reader.post("/admin/offices", fields("title", "Test sneaky office", "kind", "OTHER"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(count("select count(*) from office where title = 'Test sneaky office'")).isZero();
	}

	@Test
	void anOfficeOfNeitherANationNorAnOrganizationIsRefusedOnTheNationFieldWithTheInputKept() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/offices/new"), "form.record-form",
				fields("title", "Test Chancellor", "slug", "test-chancellor", "kind", "HEAD_OF_GOVERNMENT"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#nation-error").text()).contains("exactly one nation or one organization");
		assertThat(html.select("#nation").attr("aria-invalid")).isEqualTo("true");
		assertThat(html.select("#title").val()).isEqualTo("Test Chancellor");
		assertThat(html.select("#kind option[selected]").val()).isEqualTo("HEAD_OF_GOVERNMENT");
		assertThat(count("select count(*) from office where slug = 'test-chancellor'")).isZero();
	}

	@Test
	void anOfficeOfBothANationAndAnOrganizationIsRefusedOnTheNationField() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/offices/new"), "form.record-form", fields("title",
				"Test Envoy", "slug", "test-envoy", "kind", "OTHER", "nation", kz(), "organization", sco()));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#nation-error").text()).contains("exactly one nation or one organization");
		assertThat(html.select("#nation option[selected]").text()).isEqualTo("Kazakhstan");
		assertThat(html.select("#organization option[selected]").val()).isEqualTo(sco());
		assertThat(count("select count(*) from office where slug = 'test-envoy'")).isZero();
	}

	@Test
	void anOfficeOfANationIsSavedAndTheEditorIsSentToTheNationsPage() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/offices/new"), "form.record-form", fields("title",
				"Test Vice President of Kazakhstan", "slug", "", "kind", "VICE_HEAD_OF_STATE", "nation", kz()));

		assertThat(response.redirectsTo("/nations/kazakhstan")).isTrue();
		assertThat(editor.get("/nations/kazakhstan").html().select(".flash").text())
			.isEqualTo("Saved “Test Vice President of Kazakhstan”.");
		assertThat(this.jdbc.queryForObject("select kind from office where slug = 'test-vice-president-of-kazakhstan'",
				String.class))
			.isEqualTo("VICE_HEAD_OF_STATE");
		var list = editor.get("/admin/offices");
		assertThat(
				list.row("table.offices tbody tr", "Test Vice President of Kazakhstan").select("a.edit").attr("href"))
			.startsWith("/admin/offices/");
	}

	@Test
	void anOfficeOfAnOrganizationIsSavedAndTheEditorIsSentToTheOrganizationsPage() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/offices/new"), "form.record-form",
				fields("title", "Test SCO Secretary-General", "slug", "test-sco-secretary-general", "kind",
						"HEAD_OF_ORGANIZATION", "organization", sco()));

		assertThat(response.redirectsTo("/organizations/sco")).isTrue();
		assertThat(editor.get("/organizations/sco").html().select(".flash").text())
			.isEqualTo("Saved “Test SCO Secretary-General”.");
	}

	@Test
	void anAddressAlreadyTakenIsRefusedOnTheSlugField() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/offices/new"), "form.record-form", fields("title",
				"Test President", "slug", "president-of-kazakhstan", "kind", "HEAD_OF_STATE", "nation", kz()));

		assertThat(response.page().html().select("#slug-error").text())
			.isEqualTo("Another record already has this address.");
	}

	@Test
	void aTitleThatMakesNoAddressIsRefusedOnTheSlugField() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/offices/new"), "form.record-form",
				fields("title", "Президент", "slug", " ", "kind", "HEAD_OF_STATE", "nation", kz()));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#slug-error").text()).startsWith("This title makes no address");
		assertThat(html.select("#title").val()).isEqualTo("Президент");
		assertThat(html.select("#nation option[selected]").text()).isEqualTo("Kazakhstan");
	}

	@Test
	void twoEditorsSavingTheSameOfficeGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestOffice();
		var firstForm = first.get("/admin/offices/" + id + "/edit");
		var secondForm = second.get("/admin/offices/" + id + "/edit");

		assertThat(first.submit(firstForm, "form.record-form", fields("title", "Test Premier")).status())
			.isEqualTo(302);
		Response secondSave = second.submit(secondForm, "form.record-form", fields("kind", "OTHER"));

		assertThat(secondSave.status()).isEqualTo(409);
		assertThat(secondSave.page().html().select("tr.differs").eachText())
			.containsExactlyInAnyOrder("Title Test Premier Test Prime Minister", "Kind Head of government Other");
		assertThat(secondSave.page().html().select("form.reapply input[name=nation]").val())
			.isEqualTo(String.valueOf(count("select id from nation where iso_alpha2 = 'KG'")));
		assertThat(this.jdbc.queryForObject("select title || ' / ' || kind from office where id = ?", String.class, id))
			.isEqualTo("Test Premier / HEAD_OF_GOVERNMENT");
	}

	@Test
	void anOfficeSomeoneHeldCannotBeDeletedAndItSaysWhy() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = count("select id from office where slug = 'president-of-kazakhstan'");

		var confirm = editor.get("/admin/offices/" + id + "/delete");

		assertThat(confirm.html().select(".blocking").text()).contains("tenure");
		assertThat(confirm.html().select("form[action$='/delete']")).isEmpty();
		editor.post("/admin/offices/" + id + "/delete",
				fields("_csrf", confirm.html().select("input[name=_csrf]").val()));
		assertThat(count("select count(*) from office where id = " + id)).isOne();
	}

	@Test
	void anUnusedOfficeIsDeletedAfterConfirmation() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestOffice();

		var confirm = editor.get("/admin/offices/" + id + "/delete");
		assertThat(confirm.html().select(".blocking")).isEmpty();
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/admin/offices")).isTrue();
		assertThat(editor.get("/admin/offices").html().select(".flash").text())
			.isEqualTo("Deleted “Test Prime Minister”.");
		assertThat(count("select count(*) from office where id = " + id)).isZero();
	}

	private long createTestOffice() {
		return count("""
				insert into office (slug, title, kind, nation_id)
				select 'test-prime-minister', 'Test Prime Minister', 'HEAD_OF_GOVERNMENT', id
				from nation where iso_alpha2 = 'KG' returning id""");
	}

	private String kz() {
		return String.valueOf(count("select id from nation where iso_alpha2 = 'KZ'"));
	}

	private String sco() {
		return String.valueOf(count("select id from organization where acronym = 'SCO'"));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
