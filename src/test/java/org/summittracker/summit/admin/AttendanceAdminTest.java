package org.summittracker.summit.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

class AttendanceAdminTest extends IntegrationTest {

	private long summitId;

	@BeforeEach
	void createTestSummit() {
		this.summitId = this.jdbc.queryForObject(
				"""
						insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
						select 'test-attendance-summit', 'Test attendance summit', 'ORGANIZATION_SUMMIT', o.id, n.id, 'Astana',
						       date '2024-07-03', date '2024-07-04', 'HELD'
						from organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KZ' returning id""",
				Long.class);
	}

	@AfterEach
	void removeTestSummit() {
		this.jdbc.update("delete from summit where slug = 'test-attendance-summit'");
	}

	@Test
	void anEditorAddsAStandInByTypingNamesAndSeesItOnTheSummitPage() {
		WebSession editor = signedIn(Role.EDITOR);
		Page form = editor.get("/admin/summits/" + this.summitId + "/attendance/new");

		Response response = editor.submit(form, "form.attendance-form",
				fields("personLabel", "s. jaishankar", "nationLabel", "India", "capacity", "MINISTER", "standing",
						"MEMBER", "status", "ATTENDED", "insteadOfLabel", "Narendra Modi", "note", "Sent by Delhi"));

		assertThat(response.redirectsTo("/summits/test-attendance-summit")).isTrue();
		Page summit = editor.get("/summits/test-attendance-summit");
		assertThat(summit.html().select(".flash").text()).isEqualTo("Attendance saved.");
		assertThat(summit.row("table.attendance tr", "India").text()).contains("S. Jaishankar",
				"sent instead of Narendra Modi", "Minister", "Attended", "Sent by Delhi");
	}

	@Test
	void theOfficeHeldOnTheDayIsChosenSavedShownAndKeptWhenTheRowIsEditedAgain() {
		long office = this.jdbc
			.queryForObject("select id from office where slug = 'minister-of-external-affairs-of-india'", Long.class);
		WebSession editor = signedIn(Role.EDITOR);

		Response response = editor.submit(editor.get("/admin/summits/" + this.summitId + "/attendance/new"),
				"form.attendance-form", fields("personLabel", "S. Jaishankar", "nationLabel", "India", "capacity",
						"MINISTER", "office", String.valueOf(office)));

		assertThat(response.redirectsTo("/summits/test-attendance-summit")).isTrue();
		long row = count("select id from attendance where summit_id = ?");
		assertThat(this.jdbc.queryForObject("select office_id from attendance where id = ?", Long.class, row))
			.isEqualTo(office);
		assertThat(editor.get("/summits/test-attendance-summit").row("table.attendance tr", "India").text())
			.contains("Minister of External Affairs of India");
		Page again = editor.get("/admin/attendance/" + row + "/edit");
		assertThat(again.html().select("#office option[selected]").val()).isEqualTo(String.valueOf(office));
		Response cleared = editor.submit(again, "form.attendance-form", fields("office", ""));
		assertThat(cleared.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select office_id from attendance where id = ?", Long.class, row)).isNull();
	}

	@Test
	void anOfficeWithoutThePersonWhoHeldItIsRefusedNextToTheOfficeField() {
		long office = this.jdbc.queryForObject("select id from office where slug = 'prime-minister-of-india'",
				Long.class);
		WebSession editor = signedIn(Role.EDITOR);

		Response refused = editor.submit(editor.get("/admin/summits/" + this.summitId + "/attendance/new"),
				"form.attendance-form", fields("nationLabel", "India", "office", String.valueOf(office)));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.page().html().select("#office-error").text()).startsWith("An office is held by a person");
		assertThat(refused.page().html().select("#office option[selected]").val()).isEqualTo(String.valueOf(office));
		assertThat(refused.page().html().select("#nationLabel").val()).isEqualTo("India");
		assertThat(count("select count(*) from attendance where summit_id = ?")).isZero();
	}

	@Test
	void aRowWithoutAnyoneOrWithAnUnknownNameIsRefusedNextToTheFieldKeepingTheInput() {
		WebSession editor = signedIn(Role.EDITOR);
		Page form = editor.get("/admin/summits/" + this.summitId + "/attendance/new");

		Response nobody = editor.submit(form, "form.attendance-form", fields("note", "Who?"));
		assertThat(nobody.status()).isEqualTo(200);
		assertThat(nobody.page().html().select("#personLabel-error").text()).contains("Name a person");
		assertThat(nobody.page().html().select("#note").text()).isEqualTo("Who?");

		Response unknown = editor.submit(form, "form.attendance-form",
				fields("personLabel", "Nobody Atall", "capacity", "GUEST"));
		assertThat(unknown.page().html().select("#personLabel-error").text()).contains("No one by this name");
		assertThat(unknown.page().html().select("#personLabel").val()).isEqualTo("Nobody Atall");
		assertThat(unknown.page().html().select("#capacity option[selected]").val()).isEqualTo("GUEST");
	}

	@Test
	void aSecondRowForTheSamePersonIsRefused() {
		WebSession editor = signedIn(Role.EDITOR);
		addRow(editor, "Vladimir Putin", "RU");

		Response again = editor.submit(editor.get("/admin/summits/" + this.summitId + "/attendance/new"),
				"form.attendance-form", fields("personLabel", "Vladimir Putin", "nationLabel", "RU"));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.page().html().select("#personLabel-error").text()).contains("already has a row");
		assertThat(count("select count(*) from attendance where summit_id = ?")).isOne();
	}

	@Test
	void anAttendeeWithoutAnOfficeOnThatDateIsAWarningTheEditorCanConfirm() {
		WebSession editor = signedIn(Role.EDITOR);
		Page form = editor.get("/admin/summits/" + this.summitId + "/attendance/new");

		Response warned = editor.submit(form, "form.attendance-form",
				fields("personLabel", "Masoud Pezeshkian", "nationLabel", "Iran"));
		assertThat(warned.status()).isEqualTo(200);
		assertThat(warned.page().html().select(".warnings").text()).contains("Masoud Pezeshkian",
				"held no recorded office on 2024-07-03");
		assertThat(count("select count(*) from attendance where summit_id = ?")).isZero();

		Response confirmed = editor.submit(warned.page(), "form.attendance-form", fields("confirmed", "true"));
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(count("select count(*) from attendance where summit_id = ?")).isOne();
	}

	@Test
	void withHtmxTheFormSwapsInPlaceAndASaveReturnsTheRefreshedAttendanceSection() {
		WebSession editor = signedIn(Role.EDITOR);
		Page summitPage = editor.get("/summits/test-attendance-summit");
		assertThat(summitPage.html().select("a.add-attendance").attr("data-hx-get"))
			.isEqualTo("/admin/summits/" + this.summitId + "/attendance/new");

		Page fragment = editor.getHtmx("/admin/summits/" + this.summitId + "/attendance/new");
		assertThat(fragment.html().select("nav.navbar")).isEmpty();
		assertThat(fragment.html().select("#attendance-editor form").attr("data-hx-post"))
			.isEqualTo("/admin/summits/" + this.summitId + "/attendance");

		Response invalid = editor.submitHtmx(fragment, "form.attendance-form", fields("personLabel", ""));
		assertThat(invalid.header("HX-Retarget")).isEqualTo("#attendance-editor");
		assertThat(invalid.page().html().select("#personLabel-error").text()).contains("Name a person");

		Response saved = editor.submitHtmx(fragment, "form.attendance-form",
				fields("personLabel", "Xi Jinping", "nationLabel", "China"));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.page().html().select("#attendance-section table.attendance").text()).contains("Xi Jinping",
				"China");
		assertThat(saved.page().html().select("#attendance-section .flash").text()).isEqualTo("Attendance saved.");
	}

	@Test
	void removingARowAsksFirstThenRemovesIt() {
		WebSession editor = signedIn(Role.EDITOR);
		addRow(editor, "Xi Jinping", "CN");
		long row = this.jdbc.queryForObject("select id from attendance where summit_id = ?", Long.class, this.summitId);

		Page confirm = editor.get("/admin/attendance/" + row + "/delete");
		assertThat(confirm.html().select("h1").text()).contains("Xi Jinping");
		Response removed = editor.submit(confirm, "form[action$='/delete']");

		assertThat(removed.redirectsTo("/summits/test-attendance-summit")).isTrue();
		assertThat(count("select count(*) from attendance where summit_id = ?")).isZero();
	}

	@Test
	void aStaleAttendanceEditShowsTheConflict() {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		addRow(first, "Xi Jinping", "CN");
		long row = this.jdbc.queryForObject("select id from attendance where summit_id = ?", Long.class, this.summitId);
		Page firstForm = first.get("/admin/attendance/" + row + "/edit");
		Page secondForm = second.get("/admin/attendance/" + row + "/edit");

		assertThat(first.submit(firstForm, "form.attendance-form", fields("status", "ATTENDED")).status())
			.isEqualTo(302);
		Response conflict = second.submit(secondForm, "form.attendance-form", fields("status", "ABSENT"));

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.page().html().select("tr.differs").eachText()).containsExactly("Status Attended Absent");
		assertThat(this.jdbc.queryForObject("select status from attendance where id = ?", String.class, row))
			.isEqualTo("ATTENDED");
	}

	private void addRow(WebSession editor, String person, String nation) {
		Response response = editor.submit(editor.get("/admin/summits/" + this.summitId + "/attendance/new"),
				"form.attendance-form", fields("personLabel", person, "nationLabel", nation));
		assertThat(response.status()).isEqualTo(302);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.summitId);
	}

}
