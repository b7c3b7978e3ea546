package org.summittracker.summit.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.IntegrationTest.Page;
import org.summittracker.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summit form's parent picker offers at most {@link SummitEditing#PARENT_CHOICES}
 * summits however many there are, always with the form's own parent.
 */
class ParentChoicesTest extends IntegrationTest {

	private static final int MANY = SummitEditing.PARENT_CHOICES + 30;

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from summit where slug like 'test-parent-%'");
	}

	@Test
	void theParentPickerIsBoundedAndKeepsTheCurrentParent() {
		this.jdbc.update("""
				insert into summit (slug, name, kind, organization_id, start_date, end_date, status)
				select 'test-parent-' || g, 'Test parent summit ' || g, 'ORGANIZATION_SUMMIT', o.id,
				       date '1960-01-01' + g, date '1960-01-01' + g, 'HELD'
				from generate_series(1, ?) g, organization o where o.acronym = 'SCO'""", MANY);
		long oldest = this.jdbc.queryForObject("select id from summit where slug = 'test-parent-1'", Long.class);
		WebSession editor = signedIn(Role.EDITOR);

		Page blank = editor.get("/admin/summits/new");
		Page sideline = editor.get("/admin/summits/new?parent=" + oldest);

		// the empty choice, then the summits
		assertThat(blank.html().select("select#parent option")).hasSize(SummitEditing.PARENT_CHOICES + 1);
		assertThat(blank.html().select("select#parent option").eachAttr("value"))
			.doesNotContain(String.valueOf(oldest));
		assertThat(sideline.html().select("select#parent option")).hasSize(SummitEditing.PARENT_CHOICES + 1);
		assertThat(sideline.html().select("select#parent option[selected]").val()).isEqualTo(String.valueOf(oldest));
	}

}
