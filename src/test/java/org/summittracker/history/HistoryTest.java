package org.summittracker.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class HistoryTest extends IntegrationTest {

	@AfterEach
	void removeTestSummits() {
		this.jdbc.update("delete from summit where slug like 'test-history%'");
	}

	@Test
	void historyPagesSignChangesWithThePublicNameTheAdminChose() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createThroughTheForm(editor);
		long account = this.jdbc.queryForObject("select id from account where username = 'test-editor'", Long.class);
		WebSession admin = signedIn(Role.ADMIN);

		Response renamed = admin.submit(admin.get("/admin/accounts/" + account + "/name"), "form[action$='/name']",
				fields("displayName", "A. Historian"));
		Page history = anonymous().get("/history/summit/" + id);
		this.jdbc.update("update account set display_name = 'Test editor' where id = ?", account);

		assertThat(renamed.redirectsTo("/admin/accounts")).isTrue();
		assertThat(history.html().select("li.change").get(0).text()).contains("by A. Historian");
		assertThat(history.body()).doesNotContain("test-editor");
	}

	@Test
	void everyChangeIsRecordedWithWhoWhenAndWhichFieldsOldToNew() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createThroughTheForm(editor);

		Response saved = editor.submit(editor.get("/admin/summits/" + id + "/edit"), "form.record-form",
				fields("city", "Cholpon-Ata", "status", "CONFIRMED"));
		assertThat(saved.status()).isEqualTo(302);

		Page history = anonymous().get("/history/summit/" + id);
		assertThat(history.status()).isEqualTo(200);
		var changes = history.html().select("li.change");
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0).select(".action").text()).isEqualTo("Changed");
		assertThat(changes.get(0).text()).contains("by Test editor");
		assertThat(history.body()).as("the sign-in name stays private").doesNotContain("test-editor");
		assertThat(changes.get(0).select("table.fields tbody tr").eachText())
			.containsExactlyInAnyOrder("City Bishkek Cholpon-Ata", "Status Planned Confirmed");
		assertThat(changes.get(1).select(".action").text()).isEqualTo("Created");
		assertThat(changes.get(1).select("table.fields").text()).contains("Name", "Test history summit", "Organization",
				"SCO");
	}

	@Test
	void anEditorRestoresAnEarlierVersionAsANewChange() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createThroughTheForm(editor);
		editor.submit(editor.get("/admin/summits/" + id + "/edit"), "form.record-form", fields("city", "Osh"));

		Page history = editor.get("/history/summit/" + id);
		assertThat(history.html().select("form.restore")).hasSize(1);
		Response restored = editor.submit(history, "form.restore");

		assertThat(restored.redirectsTo("/history/summit/" + id)).isTrue();
		assertThat(this.jdbc.queryForObject("select city from summit where id = ?", String.class, id))
			.isEqualTo("Bishkek");
		Page after = editor.get("/history/summit/" + id);
		assertThat(after.html().select(".flash").text()).contains("Restored");
		assertThat(after.html().select("li.change").first().select("table.fields").text()).contains("City Osh Bishkek");
		assertThat(anonymous().get("/history/summit/" + id).html().select("form.restore")).isEmpty();
	}

	@Test
	void aRestoreFromAStaleHistoryPageIsRefused() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createThroughTheForm(editor);
		editor.submit(editor.get("/admin/summits/" + id + "/edit"), "form.record-form", fields("city", "Osh"));
		Page history = editor.get("/history/summit/" + id);
		editor.submit(editor.get("/admin/summits/" + id + "/edit"), "form.record-form", fields("city", "Naryn"));

		editor.submit(history, "form.restore");

		assertThat(this.jdbc.queryForObject("select city from summit where id = ?", String.class, id))
			.isEqualTo("Naryn");
		assertThat(editor.get("/history/summit/" + id).html().select(".flash").text()).contains("changed since");
	}

	@Test
	void theRecentChangesFeedListsChangesAcrossRecordsForSignedInUsersOnly() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createThroughTheForm(editor);

		Page feed = editor.get("/admin/changes");

		assertThat(feed.row("table.feed tbody tr", "Test history summit").text()).contains("Test editor", "Created",
				"summit");
		assertThat(feed.html().select("table.feed a").eachAttr("href"))
			.anySatisfy((href) -> assertThat(href).startsWith("/history/summit/" + id));
		assertThat(anonymous().fetch("/admin/changes").status()).isEqualTo(302);
	}

	@Test
	void seededRecordsStartTheirHistoryWithTheSeedAndDeletedRecordsKeepIt() {
		long astana = this.jdbc.queryForObject("select id from summit where slug = 'sco-2024-astana'", Long.class);
		assertThat(anonymous().get("/history/summit/" + astana).html().select("li.change").text()).contains("Created",
				"by seed", "SCO Summit 2024");

		WebSession editor = signedIn(Role.EDITOR);
		long id = createThroughTheForm(editor);
		editor.submit(editor.get("/admin/summits/" + id + "/delete"), "form[action$='/delete']");
		Page history = anonymous().get("/history/summit/" + id);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.html().select("li.change .action").eachText()).containsExactly("Deleted", "Created");
		assertThat(anonymous().get("/history/summit/999999").status()).isEqualTo(404);
		assertThat(anonymous().get("/history/spaceship/1").status()).isEqualTo(404);
	}

	private long createThroughTheForm(WebSession editor) {
		String sco = String
			.valueOf(this.jdbc.queryForObject("select id from organization where acronym = 'SCO'", Long.class));
		Response created = editor.submit(editor.get("/admin/summits/new"), "form.record-form",
				fields("name", "Test history summit", "slug", "test-history", "organization", sco, "startDate",
						"2026-08-31", "endDate", "2026-09-01", "city", "Bishkek", "status", "PLANNED"));
		assertThat(created.status()).isEqualTo(302);
		return this.jdbc.queryForObject("select id from summit where slug = 'test-history'", Long.class);
	}

}
