package org.summittracker.system;

import org.junit.jupiter.api.Test;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed-in sessions live in PostgreSQL, where every instance of the app finds them: the
 * row carries the principal, and the session is gone the moment the row is.
 */
class SessionStoreTest extends IntegrationTest {

	@Test
	void aSignedInSessionIsARowInTheDatabase() {
		WebSession editor = signedIn(Role.EDITOR);
		assertThat(editor.fetch("/admin").status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				"test-editor"))
			.isPositive();

		this.jdbc.update("delete from spring_session where principal_name = ?", "test-editor");
		assertThat(editor.fetch("/admin").redirectsTo("/login")).isTrue();
	}

}
