package org.summittracker.system;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.AtOnce;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;
import org.summittracker.support.WebSession.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summittracker.support.WebSession.fields;

/**
 * Editors adding the same thing at the same moment: the database's constraints let one
 * through and every other one is told so on the field, never with a server error.
 */
class ParallelEditsTest extends IntegrationTest {

	private long summitId;

	private long nationId;

	@BeforeEach
	void createTestRecords() {
		this.summitId = this.jdbc.queryForObject(
				"""
						insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
						select 'test-parallel-summit', 'Test parallel summit', 'ORGANIZATION_SUMMIT', o.id, n.id, 'Astana',
						       date '2024-07-03', date '2024-07-04', 'HELD'
						from organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KZ' returning id""",
				Long.class);
		this.nationId = this.jdbc.queryForObject("insert into nation (slug, name, iso_alpha2, iso_alpha3) "
				+ "values ('parallel-land', 'Parallel Land', 'QP', 'QPL') returning id", Long.class);
	}

	@AfterEach
	void removeTestRecords() {
		this.jdbc.update("delete from summit where slug = 'test-parallel-summit'");
		this.jdbc.update("delete from nation where slug = 'parallel-land'");
	}

	@Test
	void twentyParallelAddsOfTheSameNationWithoutAPersonMakeOneRow() throws Exception {
		WebSession editor = signedIn(Role.EDITOR);
		var form = editor.get("/admin/summits/" + this.summitId + "/attendance/new");

		List<Response> answers = AtOnce.run(20, (n) -> editor.submit(form, "form.attendance-form",
				fields("nationLabel", "India", "capacity", "MINISTER", "status", "ATTENDED")));

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).isIn(200, 302));
		assertThat(answers).filteredOn((answer) -> answer.status() == 302).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.status() == 200)
			.allSatisfy((answer) -> assertThat(answer.page().html().select("#nationLabel-error").text())
				.contains("already has a row without a person"));
		assertThat(this.jdbc.queryForObject("select count(*) from attendance where summit_id = ?", Long.class,
				this.summitId))
			.isEqualTo(1);
	}

	@Test
	void twoEditorsAddingTheSameOtherNameAtOnceGetOneNameAndAFieldMessage() throws Exception {
		WebSession first = signedIn(Role.EDITOR);
		WebSession second = signedIn(Role.ADMIN);
		for (int round = 0; round < 5; round++) {
			String name = "Parallel name " + round;
			var firstForm = first.get("/admin/nations/" + this.nationId + "/edit");
			var secondForm = second.get("/admin/nations/" + this.nationId + "/edit");
			List<Response> answers = AtOnce.run(2, (n) -> ((n == 0) ? first : second)
				.submit((n == 0) ? firstForm : secondForm, "form.other-name-form", fields("otherName", name)));

			assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).isLessThan(500));
			assertThat(answers).filteredOn((answer) -> answer.status() == 302).hasSize(1);
			assertThat(this.jdbc.queryForObject("select count(*) from nation_name where nation_id = ? and name = ?",
					Long.class, this.nationId, name))
				.isEqualTo(1);
		}
	}

}
