package org.summittracker.nation.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;
import org.summittracker.system.ConstraintMessages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.DirectFieldBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.summittracker.support.WebSession.fields;

class NationAdminTest extends IntegrationTest {

	@Autowired
	private NationEditing editing;

	@AfterEach
	void removeTestNations() {
		this.jdbc.update("delete from nation where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		Response form = reader.fetch("/admin/nations/new");
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).endsWith("/login");
		Response post = reader.post("/admin/nations",
				fields("name", "Test Sneakland", "isoAlpha2", "QS", "isoAlpha3", "QSN"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from nation where name = 'Test Sneakland'", Long.class))
			.isZero();
	}

	@Test
	void creatingANationWithErrorsShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/nations/new"), "form.record-form", fields("name", "",
				"slug", "Not A Slug", "officialName", "Republic of Nowhere", "isoAlpha2", "Q1", "isoAlpha3", "QQQQ"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#name-error").text()).isEqualTo("Enter a value.");
		assertThat(html.select("#slug-error").text()).contains("lower-case");
		assertThat(html.select("#isoAlpha2-error").text()).contains("two-letter ISO 3166-1 alpha-2");
		assertThat(html.select("#isoAlpha3-error").text()).contains("three-letter ISO 3166-1 alpha-3");
		assertThat(html.select("#isoAlpha2").attr("aria-describedby")).contains("isoAlpha2-error");
		assertThat(html.select("#officialName").val()).isEqualTo("Republic of Nowhere");
		assertThat(html.select("#isoAlpha3").val()).isEqualTo("QQQQ");
		assertThat(html.select("#error-summary").text()).contains("4 fields");
	}

	@Test
	void isoCodesTypedInLowerCaseAreUpperCasedAndRefusedWhenAnotherNationHasThem() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/nations/new"), "form.record-form",
				fields("name", "Test Türkiye twin", "isoAlpha2", "tr", "isoAlpha3", " tur "));
		// the database reports one taken code at a time
		Response alpha3 = editor.submit(editor.get("/admin/nations/new"), "form.record-form",
				fields("name", "Test Türkiye twin", "isoAlpha2", "qt", "isoAlpha3", " tur "));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#isoAlpha2-error").text()).isEqualTo("Another nation already has this alpha-2 code.");
		assertThat(html.select("#isoAlpha2").val()).isEqualTo("TR");
		assertThat(html.select("#isoAlpha3").val()).isEqualTo("TUR");
		assertThat(alpha3.status()).isEqualTo(200);
		assertThat(alpha3.page().html().select("#isoAlpha3-error").text())
			.isEqualTo("Another nation already has this alpha-3 code.");
		assertThat(alpha3.page().html().select("#isoAlpha3").val()).isEqualTo("TUR");
		assertThat(this.jdbc.queryForObject("select count(*) from nation where name = 'Test Türkiye twin'", Long.class))
			.isZero();
	}

	@Test
	void aNameAnotherNationHasIsRefusedOnTheNameField() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/nations/new"), "form.record-form",
				fields("name", "turkey", "slug", "test-turkey", "isoAlpha2", "QT", "isoAlpha3", "QTU"));

		assertThat(response.page().html().select("#name-error").text())
			.isEqualTo("Another nation already has this name.");
	}

	@Test
	void aValidNationIsSavedWithUpperCaseCodesAndASlugMadeFromItsName() {
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/nations/new"), "form.record-form",
				fields("name", "Test Freedonia", "slug", "", "officialName", "Grand Duchy of Freedonia", "isoAlpha2",
						"qf", "isoAlpha3", "qfd"));

		assertThat(response.redirectsTo("/nations/test-freedonia")).isTrue();
		var page = editor.get("/nations/test-freedonia");
		assertThat(page.html().select(".flash").text()).isEqualTo("Saved “Test Freedonia”.");
		assertThat(page.html().select("h1").text()).contains("Test Freedonia");
		assertThat(page.text()).contains("Grand Duchy of Freedonia", "QF", "QFD");
		assertThat(this.jdbc.queryForObject("select iso_alpha2 || iso_alpha3 from nation where slug = 'test-freedonia'",
				String.class))
			.isEqualTo("QFQFD");
	}

	@Test
	void aHistoricalStateWithoutIsoCodesIsSavedAndCodesGivenStillFollowTheRules() {
		// As the Office of the Historian import creates Czechoslovakia or Yugoslavia: no
		// ISO 3166-1 code exists for them.
		long id = this.jdbc.queryForObject(
				"insert into nation (slug, name) values ('test-czechoslovakia', 'Test Czechoslovakia') returning id",
				Long.class);
		WebSession editor = signedIn(Role.EDITOR);
		var form = editor.get("/admin/nations/" + id + "/edit");
		assertThat(form.html().select("#isoAlpha2").hasAttr("required")).isFalse();

		Response saved = editor.submit(form, "form.record-form",
				fields("officialName", "Czechoslovak Socialist Republic", "isoAlpha2", "", "isoAlpha3", " "));

		assertThat(saved.redirectsTo("/nations/test-czechoslovakia")).isTrue();
		assertThat(this.jdbc.queryForMap("select official_name, iso_alpha2, iso_alpha3 from nation where id = ?", id))
			.containsEntry("official_name", "Czechoslovak Socialist Republic")
			.containsEntry("iso_alpha2", null)
			.containsEntry("iso_alpha3", null);

		Response bad = editor.submit(editor.get("/admin/nations/" + id + "/edit"), "form.record-form",
				fields("isoAlpha2", "C5", "isoAlpha3", "tur"));

		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.page().html().select("#isoAlpha2-error").text()).contains("two-letter ISO 3166-1 alpha-2");
		assertThat(bad.page().html().select("#isoAlpha2").val()).isEqualTo("C5");
		Response taken = editor.submit(editor.get("/admin/nations/" + id + "/edit"), "form.record-form",
				fields("isoAlpha3", "tur"));
		assertThat(taken.page().html().select("#isoAlpha3-error").text())
			.isEqualTo("Another nation already has this alpha-3 code.");
		assertThat(
				this.jdbc.queryForObject("select coalesce(iso_alpha3, '-') from nation where id = ?", String.class, id))
			.isEqualTo("-");
	}

	@Test
	void twoEditorsSavingTheSameNationGiveTheSecondAConflictAndKeepTheFirstsChange() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = createTestNation();
		var firstForm = first.get("/admin/nations/" + id + "/edit");
		var secondForm = second.get("/admin/nations/" + id + "/edit");

		Response firstSave = first.submit(firstForm, "form.record-form",
				fields("officialName", "Republic of Freedonia"));
		Response secondSave = second.submit(secondForm, "form.record-form", fields("isoAlpha3", "QFF"));

		assertThat(firstSave.status()).isEqualTo(302);
		assertThat(secondSave.status()).isEqualTo(409);
		var conflict = secondSave.page().html();
		assertThat(conflict.select("h1").text()).contains("Someone else saved this record");
		assertThat(conflict.select("tr.differs").eachText())
			.containsExactlyInAnyOrder("Official name Republic of Freedonia", "ISO 3166-1 alpha-3 code QFD QFF");
		assertThat(this.jdbc.queryForObject("select official_name || ' ' || iso_alpha3 from nation where id = ?",
				String.class, id))
			.isEqualTo("Republic of Freedonia QFD");

		Response reapplied = second.submit(secondSave.page(), "form.reapply");

		assertThat(reapplied.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select coalesce(official_name, '-') || ' ' || iso_alpha3 from nation where id = ?", String.class, id))
			.isEqualTo("- QFF");
	}

	@Test
	void otherNamesAreAddedAndRemovedFromTheEditPageAndADuplicateIsRefused() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestNation();

		Response added = editor.submit(editor.get("/admin/nations/" + id + "/edit"), "form.other-name-form",
				fields("otherName", "Test Fredonia", "otherNameNote", "Older spelling"));
		assertThat(added.redirectsTo("/admin/nations/" + id + "/edit")).isTrue();
		var edit = editor.get("/admin/nations/" + id + "/edit");
		assertThat(edit.html().select(".flash").text()).isEqualTo("Added the other name “Test Fredonia”.");
		assertThat(edit.html().select("table.other-names tbody tr").text()).contains("Test Fredonia", "Older spelling");
		assertThat(editor.get("/nations/test-freedonia").text()).contains("Also known as: Test Fredonia");

		Response duplicate = editor.submit(edit, "form.other-name-form", fields("otherName", "Test Fredonia"));
		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(duplicate.page().html().select("#otherName-error").text())
			.isEqualTo("The nation already goes by this name.");
		assertThat(duplicate.page().html().select("#otherName").val()).isEqualTo("Test Fredonia");
		assertThat(duplicate.page().html().select("form.record-form #name").val()).isEqualTo("Test Freedonia");

		Response removed = editor.submit(edit, "form.remove-name");
		assertThat(removed.redirectsTo("/admin/nations/" + id + "/edit")).isTrue();
		assertThat(editor.get("/admin/nations/" + id + "/edit").html().select(".flash").text())
			.isEqualTo("Removed the other name “Test Fredonia”.");
		assertThat(this.jdbc.queryForObject("select count(*) from nation_name where nation_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void turkeyCannotBeDeletedWhileMembershipsOfficesPeopleAttendanceAndASummitReferToIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = this.jdbc.queryForObject("select id from nation where iso_alpha2 = 'TR'", Long.class);

		var confirm = editor.get("/admin/nations/" + id + "/delete");

		assertThat(confirm.html().select("h1").text()).isEqualTo("Delete “Turkey”?");
		long attendance = this.jdbc.queryForObject("select count(*) from attendance where nation_id = ?", Long.class,
				id);
		assertThat(confirm.html().select(".blocking li").eachText()).containsExactly(attendance + " attendance rows",
				"3 memberships", "2 offices", "1 person", "1 summit or meeting");
		assertThat(confirm.html().select("form[action$='/delete']")).isEmpty();
		Response forced = editor.post("/admin/nations/" + id + "/delete",
				fields("_csrf", confirm.html().select("input[name=_csrf]").val()));
		assertThat(forced.status()).isIn(302, 403);
		assertThat(this.jdbc.queryForObject("select count(*) from nation where id = ?", Long.class, id)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from nation_name where nation_id = ?", Long.class, id))
			.isOne();
	}

	@Test
	void deletingANationReferredToByNothingTakesItsOtherNamesWithIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = createTestNation();
		this.jdbc.update("insert into nation_name (nation_id, name) values (?, 'Test Fredonia')", id);

		var confirm = editor.get("/admin/nations/" + id + "/delete");
		assertThat(confirm.html().select(".owned").text()).isEqualTo("1 other name");
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/nations")).isTrue();
		assertThat(editor.get("/nations").html().select(".flash").text()).isEqualTo("Deleted “Test Freedonia”.");
		assertThat(this.jdbc.queryForObject("select count(*) from nation where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from nation_name where nation_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void signedInEditorsSeeEditLinksOnTheNationPagesWhereReadersDoNot() {
		var reader = anonymous().get("/nations/turkey").html();
		assertThat(reader.select("a.edit, a.edit-membership, a.add-membership, a.delete")).isEmpty();
		assertThat(reader.select(".record-actions a").attr("href")).startsWith("/history/nation/");
		assertThat(anonymous().get("/nations").html().select("a.new-nation")).isEmpty();

		var editor = signedIn(Role.EDITOR).get("/nations/turkey").html();
		assertThat(editor.select("a.edit").attr("href")).matches("/admin/nations/\\d+/edit");
		assertThat(editor.select("a.add-membership").attr("href")).matches("/admin/memberships/new\\?nation=\\d+");
		assertThat(editor.select("table.memberships a.edit-membership")).hasSize(3);
		assertThat(editor.select("table.memberships a[href^=/history/membership/]")).hasSize(3);
		assertThat(signedIn(Role.EDITOR).get("/nations").html().select("a.new-nation").attr("href"))
			.isEqualTo("/admin/nations/new");
	}

	@ParameterizedTest
	@CsvSource({ "Turkey, test-one, QY, QYY, name, constraint.nation_name_key",
			"TURKEY, test-one, QY, QYY, name, constraint.nation_name_key",
			"Test One, turkey, QY, QYY, slug, constraint.nation_slug_key",
			"Test One, test-one, TR, QYY, isoAlpha2, constraint.nation_iso_alpha2_key",
			"Test One, test-one, QY, TUR, isoAlpha3, constraint.nation_iso_alpha3_key" })
	void theDatabasesUniqueKeysAreShownOnTheFieldTheyConcern(String name, String slug, String alpha2, String alpha3,
			String field, String code) {
		NationForm form = new NationForm();
		form.name = name;
		form.slug = slug;
		form.isoAlpha2 = alpha2;
		form.isoAlpha3 = alpha3;
		DirectFieldBindingResult result = new DirectFieldBindingResult(form, "nationForm");

		var failure = catchThrowableOfType(DataIntegrityViolationException.class, () -> this.editing.save(null, form));
		ConstraintMessages.reject(failure, result);

		assertThat(result.getFieldError(field)).isNotNull();
		assertThat(result.getFieldError(field).getCode()).isEqualTo(code);
	}

	private long createTestNation() {
		return this.jdbc.queryForObject("""
				insert into nation (slug, name, iso_alpha2, iso_alpha3)
				values ('test-freedonia', 'Test Freedonia', 'QF', 'QFD') returning id""", Long.class);
	}

}
