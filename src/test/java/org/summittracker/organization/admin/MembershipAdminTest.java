package org.summittracker.organization.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.nation.NationRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.organization.Standing;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.PartialDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.DirectFieldBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.summittracker.support.WebSession.fields;

class MembershipAdminTest extends IntegrationTest {

	@Autowired
	private MembershipEditing editing;

	@Autowired
	private NationRepository nations;

	@Autowired
	private OrganizationRepository organizations;

	private long nation;

	private long sco;

	@BeforeEach
	void createTestNation() {
		this.nation = this.jdbc.queryForObject("""
				insert into nation (slug, name, iso_alpha2, iso_alpha3)
				values ('test-freedonia', 'Test Freedonia', 'QF', 'QFD') returning id""", Long.class);
		this.sco = this.jdbc.queryForObject("select id from organization where acronym = 'SCO'", Long.class);
	}

	@AfterEach
	void removeTestNation() {
		this.jdbc.update("delete from membership where nation_id in (select id from nation where slug like 'test-%')");
		this.jdbc.update("delete from nation where slug like 'test-%'");
	}

	@Test
	void anonymousReadersAreSentToSignInAndCannotPost() {
		WebSession reader = anonymous();

		Response form = reader.fetch("/admin/memberships/new?organization=" + this.sco);
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).endsWith("/login");
		Response post = reader.post("/admin/memberships", fields("nation", String.valueOf(this.nation), "organization",
				String.valueOf(this.sco), "standing", "MEMBER"));
		assertThat(post.status()).isIn(302, 403);
		assertThat(memberships()).isZero();
	}

	@Test
	void aMembershipAddedFromTheOrganizationPageIsSavedAndShownThere() {
		WebSession editor = signedIn(Role.EDITOR);
		var form = editor.get("/admin/memberships/new?organization=" + this.sco);
		assertThat(form.html().select("#organization option[selected]").text())
			.isEqualTo("SCO – Shanghai Cooperation Organisation");

		Response response = editor.submit(form, "form.record-form", fields("nation", String.valueOf(this.nation),
				"standing", "OBSERVER", "start", "2024-07", "end", "", "note", "Test observer"));

		assertThat(response.redirectsTo("/organizations/sco")).isTrue();
		var page = editor.get("/organizations/sco");
		assertThat(page.html().select(".flash").text()).isEqualTo("Saved “Test Freedonia · SCO · Observer”.");
		assertThat(page.row("table.members tbody tr", "Test Freedonia").text()).contains("July 2024", "Test observer");
	}

	@Test
	void aMembershipStartedFromTheNationPageHasTheNationChosen() {
		var form = signedIn(Role.EDITOR).get("/admin/memberships/new?nation=" + this.nation);

		assertThat(form.html().select("#nation option[selected]").text()).isEqualTo("Test Freedonia");
		assertThat(form.html().select("a.btn-link").attr("href")).isEqualTo("/nations/test-freedonia");
	}

	@Test
	void anOverlappingStandingOfTheSameNationIsRefusedOnTheStartFieldNamingTheOtherOne() {
		WebSession editor = signedIn(Role.EDITOR);
		long turkey = this.jdbc.queryForObject("select id from nation where iso_alpha2 = 'TR'", Long.class);

		Response response = editor.submit(editor.get("/admin/memberships/new?organization=" + this.sco),
				"form.record-form",
				fields("nation", String.valueOf(turkey), "standing", "OBSERVER", "start", "2020", "end", "2021-06-30"));

		assertThat(response.status()).isEqualTo(200);
		var html = response.page().html();
		assertThat(html.select("#start-error").text()).isEqualTo(
				"This period overlaps another standing of the nation in this organization: a nation holds one standing at a time.");
		assertThat(html.select("#start").val()).isEqualTo("2020");
		assertThat(html.select("#nation option[selected]").text()).isEqualTo("Turkey");
		assertThat(html.select("#end").val()).isEqualTo("2021-06-30");
		assertThat(this.jdbc.queryForObject("select count(*) from membership where nation_id = ?", Long.class, turkey))
			.isEqualTo(3);
	}

	@Test
	void aStandingThatBeginsTheDayAfterTheOthersLastDayDoesNotOverlap() {
		WebSession editor = signedIn(Role.EDITOR);
		insertMembership("DIALOGUE_PARTNER", "2015-01-01", "DAY", "2022-09-14", "DAY");

		Response response = editor.submit(editor.get("/admin/memberships/new?organization=" + this.sco),
				"form.record-form",
				fields("nation", String.valueOf(this.nation), "standing", "OBSERVER", "start", "2022-09-15"));

		assertThat(response.redirectsTo("/organizations/sco")).isTrue();
		assertThat(memberships()).isEqualTo(2);
	}

	@Test
	void anEndBeforeTheStartIsRefusedOnTheEndFieldAndAnEndYearIsReadAtItsLastDay() {
		WebSession editor = signedIn(Role.EDITOR);
		var form = editor.get("/admin/memberships/new?organization=" + this.sco);

		Response before = editor.submit(form, "form.record-form",
				fields("nation", String.valueOf(this.nation), "start", "2024-07-04", "end", "2023"));
		Response unreadable = editor.submit(form, "form.record-form",
				fields("nation", String.valueOf(this.nation), "start", "July 2024", "end", "2024-02-30"));

		assertThat(before.page().html().select("#end-error").text()).isEqualTo("The end cannot be before the start.");
		assertThat(unreadable.page().html().select("#start-error").text()).contains("2024-07-04");
		assertThat(unreadable.page().html().select("#end-error").text())
			.isEqualTo("There is no such date: check the month and the day, written as 2012, 2024-07 or 2024-07-04.");
		assertThat(unreadable.page().html().select("#start").val()).isEqualTo("July 2024");
		assertThat(memberships()).isZero();

		// "until 2024" means through 31 December 2024, so it may end a standing that
		// began in July 2024
		Response untilTheEndOfTheYear = editor.submit(form, "form.record-form",
				fields("nation", String.valueOf(this.nation), "start", "2024-07-04", "end", "2024"));
		assertThat(untilTheEndOfTheYear.status()).isEqualTo(302);
		assertThat(memberships()).isEqualTo(1);
	}

	@Test
	void editingAMembershipFromItsRowSavesItAndAStaleEditShowsTheConflict() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		long id = insertMembership("OBSERVER", "2020-01-01", "YEAR", null, null);
		var page = first.get("/organizations/sco");
		String editUrl = page.row("table.members tbody tr", "Test Freedonia").select("a.edit-membership").attr("href");
		assertThat(editUrl).isEqualTo("/admin/memberships/" + id + "/edit");
		var firstForm = first.get(editUrl);
		var secondForm = second.get(editUrl);

		Response firstSave = first.submit(firstForm, "form.record-form", fields("end", "2024-07-04"));
		Response secondSave = second.submit(secondForm, "form.record-form", fields("standing", "DIALOGUE_PARTNER"));

		assertThat(firstSave.redirectsTo("/organizations/sco")).isTrue();
		assertThat(secondSave.status()).isEqualTo(409);
		assertThat(secondSave.page().html().select("tr.differs").eachText())
			.containsExactlyInAnyOrder("Standing Observer Dialogue partner", "Until 2024-07-04");
		assertThat(this.jdbc.queryForObject("select standing || ' ' || end_date from membership where id = ?",
				String.class, id))
			.isEqualTo("OBSERVER 2024-07-04");

		Response reapplied = second.submit(secondSave.page(), "form.reapply");

		assertThat(reapplied.redirectsTo("/organizations/sco")).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select standing || ' ' || coalesce(end_date::text, '-') || ' ' || nation_id || ' ' || organization_id from membership where id = ?",
				String.class, id))
			.isEqualTo("DIALOGUE_PARTNER - " + this.nation + " " + this.sco);
	}

	@Test
	void aMembershipIsDeletedAfterConfirmationWithTheCitationsOfIt() {
		WebSession editor = signedIn(Role.EDITOR);
		long id = insertMembership("OBSERVER", "2020-01-01", "YEAR", null, null);

		var confirm = editor.get("/admin/memberships/" + id + "/delete");
		assertThat(confirm.html().select("h1").text()).isEqualTo("Delete “Test Freedonia · SCO · Observer”?");
		Response deleted = editor.submit(confirm, "form[action$='/delete']");

		assertThat(deleted.redirectsTo("/organizations/sco")).isTrue();
		assertThat(editor.get("/organizations/sco").html().select(".flash").text())
			.isEqualTo("Deleted “Test Freedonia · SCO · Observer”.");
		assertThat(memberships()).isZero();
	}

	@Test
	void theDatabasesNoOverlapRuleIsShownOnTheStartField() {
		insertMembership("OBSERVER", "2020-01-01", "YEAR", null, null);
		MembershipForm form = new MembershipForm();
		form.nation = this.nations.findById(this.nation).orElseThrow();
		form.organization = this.organizations.findById(this.sco).orElseThrow();
		form.standing = Standing.MEMBER;
		form.start = PartialDate.parse("2024");
		DirectFieldBindingResult result = new DirectFieldBindingResult(form, "membershipForm");

		var failure = catchThrowableOfType(DataIntegrityViolationException.class, () -> this.editing.save(null, form));
		ConstraintMessages.reject(failure, result, MembershipEditing.CONSTRAINT_FIELDS);

		assertThat(result.getFieldError("start").getCode()).isEqualTo("constraint.membership_no_overlap");
		assertThat(memberships()).isOne();
	}

	private long insertMembership(String standing, String start, String startPrecision, String end,
			String endPrecision) {
		return this.jdbc.queryForObject(
				"""
						insert into membership (nation_id, organization_id, standing, start_date, start_precision, end_date, end_precision)
						values (?, ?, ?, ?::date, ?, ?::date, ?) returning id""",
				Long.class, this.nation, this.sco, standing, start, startPrecision, end, endPrecision);
	}

	private long memberships() {
		return this.jdbc.queryForObject("select count(*) from membership where nation_id = ?", Long.class, this.nation);
	}

}
