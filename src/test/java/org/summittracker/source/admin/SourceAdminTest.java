package org.summittracker.source.admin;

import java.util.List;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class SourceAdminTest extends IntegrationTest {

	private static final String FOX_NEWS_ARTICLE = "Putin, Xi meet to bolster alliance against West ahead of NATO summit";

	@AfterEach
	void removeTestSources() {
		this.jdbc.update("delete from citation where source_id in (select id from source where title like 'test-%')");
		this.jdbc.update("delete from source where title like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		Response list = reader.fetch("/admin/sources");
		assertThat(list.status()).isEqualTo(302);
		assertThat(list.location()).endsWith("/login");
		Response post = reader.post("/admin/sources", fields("title", "test-sneaky", "publisher", "Nobody"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from source where title = 'test-sneaky'", Long.class))
			.isZero();
	}

	@Test
	void creatingASourceWithABadLinkAndNoTitleShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/sources/new"), "form.record-form",
				fields("title", "", "publisher", "Astana Times", "url", "astanatimes.com/2024/07/sco", "published",
						"2024-02-30", "note", "Outcome report"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#title-error").text()).isEqualTo("Enter a value.");
		assertThat(html.select("#url-error").text()).contains("http://").contains("https://");
		assertThat(html.select("#url").attr("aria-describedby")).contains("url-error");
		assertThat(html.select("#published-error").text()).isEqualTo("There is no such date.");
		assertThat(html.select("#publisher-error").text()).isEmpty();
		assertThat(html.select("#publisher").val()).isEqualTo("Astana Times");
		assertThat(html.select("#url").val()).isEqualTo("astanatimes.com/2024/07/sco");
		assertThat(html.select("#published").val()).isEqualTo("2024-02-30");
		assertThat(html.select("#note").val()).isEqualTo("Outcome report");
		assertThat(html.select("#error-summary").text()).contains("3 fields");
		assertThat(this.jdbc.queryForObject("select count(*) from source where publisher = 'Astana Times'", Long.class))
			.isZero();
	}

	@Test
	void aBlankPublisherAndAPublishedDateInTheWrongFormatAreRefused() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/sources/new"), "form.record-form",
				fields("title", "test-source without publisher", "publisher", "  ", "published", "July 2024"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.page().html().select("#publisher-error").text()).isEqualTo("Enter a value.");
		assertThat(response.page().html().select("#published-error").text()).contains("2024-07");
		assertThat(response.page().html().select("#title").val()).isEqualTo("test-source without publisher");
	}

	@Test
	void aValidSourceIsSavedAndTheEditorReturnsToTheListWithAMessage() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/sources/new"), "form.record-form",
				fields("title", "test-source SCO Astana Declaration", "publisher", "SCO Secretariat", "url",
						"https://eng.sectsco.org/20240704/astana-declaration.html", "published", "2024-07", "note",
						""));

		assertThat(response.redirectsTo("/admin/sources")).isTrue();
		var list = editor.get("/admin/sources");
		assertThat(list.html().select(".flash").text()).isEqualTo("Saved “test-source SCO Astana Declaration”.");
		assertThat(list.html().select("table.sources-admin tbody tr").first().text())
			.contains("test-source SCO Astana Declaration", "SCO Secretariat", "July 2024");
		Map<String, Object> saved = this.jdbc.queryForMap("""
				select url, published_on::text as published_on, published_precision, note
				from source where title = 'test-source SCO Astana Declaration'""");
		assertThat(saved).containsEntry("url", "https://eng.sectsco.org/20240704/astana-declaration.html")
			.containsEntry("published_on", "2024-07-01")
			.containsEntry("published_precision", "MONTH")
			.containsEntry("note", null);
		assertThat(editor.get("/admin/sources").html().select(".flash")).isEmpty();
	}

	@Test
	void theListFiltersByTitleOrPublisherNewestFirstAndKeepsTheFilterInTheAddress() {
		WebSession editor = signedIn(Role.EDITOR);
		createTestSource("test-source older", "test-publisher Wirehouse");
		createTestSource("test-source newer", "test-publisher Wirehouse");
		createTestSource("test-source other", "test-publisher AP");

		var byPublisher = editor.get("/admin/sources?q=WIREHOUSE");
		assertThat(byPublisher.html().select("table.sources-admin tbody tr td:first-child").eachText())
			.containsExactly("test-source newer", "test-source older");
		assertThat(byPublisher.html().select("#q").val()).isEqualTo("WIREHOUSE");

		var byTitle = editor.get("/admin/sources?q=test-source+oth");
		assertThat(byTitle.html().select("table.sources-admin tbody tr td:first-child").eachText())
			.containsExactly("test-source other");

		assertThat(editor.get("/admin/sources?q=%25%25").html().select("table.sources-admin")).isEmpty();
	}

	@Test
	void theListShowsHowOftenEachSourceIsCitedAndPagesThroughAllSources() {
		WebSession editor = signedIn(Role.EDITOR);
		long citations = this.jdbc.queryForObject(
				"select count(*) from citation c join source s on s.id = c.source_id where s.title = ?", Long.class,
				FOX_NEWS_ARTICLE);

		var page = editor.get("/admin/sources?q=Fox");
		assertThat(page.row("table.sources-admin tbody tr", FOX_NEWS_ARTICLE).select(".citation-count").text())
			.isEqualTo(String.valueOf(citations));

		long total = this.jdbc.queryForObject("select count(*) from source", Long.class);
		var first = editor.get("/admin/sources");
		assertThat(first.html().select("table.sources-admin tbody tr")).hasSize((int) Math.min(total, 25));
		if (total > 25) {
			assertThat(first.html().select(".pagination a").eachAttr("href")).contains("/admin/sources?q=&page=2");
			assertThat(editor.get("/admin/sources?page=2").html().select("table.sources-admin tbody tr"))
				.hasSize((int) Math.min(total - 25, 25));
		}
	}

	@Test
	void twoEditorsSavingTheSameSourceGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestSource("test-source conflict", "Kazinform");
		var firstForm = first.get("/admin/sources/" + id + "/edit");
		var secondForm = second.get("/admin/sources/" + id + "/edit");

		Response firstSave = first.submit(firstForm, "form.record-form", fields("publisher", "Kazinform agency"));
		Response secondSave = second.submit(secondForm, "form.record-form", fields("note", "Second editor's note"));

		assertThat(firstSave.redirectsTo("/admin/sources")).isTrue();
		assertThat(secondSave.status()).isEqualTo(409);
		assertThat(secondSave.page().html().select("tr.differs").eachText())
			.containsExactlyInAnyOrder("Publisher Kazinform agency Kazinform", "Note Second editor's note");
		assertThat(this.jdbc.queryForObject("select publisher from source where id = ?", String.class, id))
			.isEqualTo("Kazinform agency");
		assertThat(this.jdbc.queryForObject("select note from source where id = ?", String.class, id)).isNull();

		Response reapplied = second.submit(secondSave.page(), "form.reapply");

		assertThat(reapplied.redirectsTo("/admin/sources")).isTrue();
		assertThat(this.jdbc.queryForObject("select publisher || ' / ' || note from source where id = ?", String.class,
				id))
			.isEqualTo("Kazinform / Second editor's note");
	}

	@Test
	void aCitedSourceCannotBeDeletedAndListsTheCitationsThatReferToIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = this.jdbc.queryForObject("select id from source where title = ?", Long.class, FOX_NEWS_ARTICLE);
		long citations = this.jdbc.queryForObject("select count(*) from citation where source_id = ?", Long.class, id);

		var confirm = editor.get("/admin/sources/" + id + "/delete");

		assertThat(confirm.html().select("h1").text()).contains(FOX_NEWS_ARTICLE);
		assertThat(confirm.html().select(".blocking li").eachText()).contains(citations + " citations");
		assertThat(confirm.html().select("form[action$='/delete']")).isEmpty();
		Response forced = editor.post("/admin/sources/" + id + "/delete",
				fields("_csrf", confirm.html().select("input[name=_csrf]").val()));
		assertThat(forced.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from source where id = ?", Long.class, id)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from citation where source_id = ?", Long.class, id))
			.isEqualTo(citations);
	}

	@Test
	void aSourceNamedForAnotherSpellingCannotBeDeletedEither() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = this.jdbc.queryForObject(
				"select id from source where title = 'Vladimir Putin' and url like '%en.wikipedia.org%'", Long.class);
		// an other name's source is a citation of the name
		long ofNames = this.jdbc.queryForObject(
				"select count(*) from citation where source_id = ? and person_name_id is not null", Long.class, id);
		long citations = this.jdbc.queryForObject("select count(*) from citation where source_id = ?", Long.class, id);
		assertThat(ofNames).isEqualTo(2);

		var confirm = editor.get("/admin/sources/" + id + "/delete").html();
		assertThat(confirm.select(".blocking li").eachText()).contains(citations + " citations");
		assertThat(confirm.select("form[action$='/delete']")).isEmpty();
	}

	@Test
	void deletingAnUncitedSourceAsksFirstThenDeletesIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestSource("test-source to delete", "Nobody");

		var confirm = editor.get("/admin/sources/" + id + "/delete");
		assertThat(confirm.html().select(".blocking")).isEmpty();
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/admin/sources")).isTrue();
		assertThat(editor.get("/admin/sources").html().select(".flash").text())
			.isEqualTo("Deleted “test-source to delete”.");
		assertThat(this.jdbc.queryForObject("select count(*) from source where id = ?", Long.class, id)).isZero();
	}

	@Test
	void aMissingSourceIsANotFoundPage() {
		assertThat(signedIn(Role.EDITOR).fetch("/admin/sources/999999/edit").status()).isEqualTo(404);
	}

	@Test
	void everyConstraintTheFormsMapIsOneTheDatabaseHas() {
		for (String constraint : SourceEditing.CONSTRAINT_FIELDS.keySet()) {
			assertThat(this.jdbc.queryForObject("select count(*) from pg_constraint where conname = ?", Long.class,
					constraint))
				.as(constraint)
				.isOne();
		}
		// the citation form has no map: these are the citation constraints it has
		// messages
		// for
		for (String constraint : List.of("citation_source_id_fkey", "citation_cites_one_fact",
				"citation_claimed_status_for_attendance")) {
			assertThat(this.jdbc.queryForObject("select count(*) from pg_constraint where conname = ?", Long.class,
					constraint))
				.as(constraint)
				.isOne();
		}
	}

	private long createTestSource(String title, String publisher) {
		return this.jdbc.queryForObject("insert into source (title, publisher) values (?, ?) returning id", Long.class,
				title, publisher);
	}

}
