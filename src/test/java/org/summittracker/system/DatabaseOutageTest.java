package org.summittracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.RawHttp;
import org.summittracker.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real outage of the app's database: every connection to it is cut and new ones are
 * refused ({@code ALLOW_CONNECTIONS false}, from the server's maintenance database), then
 * it comes back. Pages answer 503 with {@code Retry-After} meanwhile, within the pool's
 * connection timeout, and work again after.
 */
class DatabaseOutageTest extends IntegrationTest {

	@Test
	void whileTheDatabaseIsDownPagesAnswer503AndAfterwardsTheyWorkAgain() throws Exception {
		TestDatabase.Connection db = TestDatabase.get();
		String name = this.jdbc.queryForObject("select current_database()", String.class);
		String maintenance = db.url().substring(0, db.url().lastIndexOf('/') + 1) + "postgres"
				+ (db.url().contains("?") ? db.url().substring(db.url().indexOf('?')) : "");
		try (Connection admin = DriverManager.getConnection(maintenance, db.username(), db.password());
				Statement sql = admin.createStatement()) {
			try {
				sql.execute("alter database \"" + name + "\" allow_connections false");
				sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");

				RawHttp.Answer page = RawHttp.send(this.port, "GET", "/summits", Map.of("Accept", "text/html"), null);
				RawHttp.Answer api = RawHttp.send(this.port, "GET", "/api/summits",
						Map.of("Accept", "application/json"), null);

				assertThat(page.status()).isEqualTo(503);
				assertThat(page.header("Retry-After")).isEqualTo("30");
				assertThat(page.body()).contains("The tracker is resting for a moment").doesNotContain("Exception");
				assertThat(api.status()).isEqualTo(503);
				assertThat(api.header("Content-Type")).startsWith("application/problem+json");
			}
			finally {
				sql.execute("alter database \"" + name + "\" allow_connections true");
			}
		}
		assertThat(backAfterOutage()).isEqualTo(200);
	}

	private int backAfterOutage() throws InterruptedException {
		int status = 0;
		for (int i = 0; i < 20 && status != 200; i++) {
			status = RawHttp.send(this.port, "GET", "/summits", Map.of("Accept", "text/html"), null).status();
			if (status != 200) {
				Thread.sleep(500);
			}
		}
		return status;
	}

}
