package org.summittracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.summittracker.support.TestDatabase;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseCreatorTest {

	@Test
	void createsTheDatabaseWhenItIsMissingAndLeavesAnExistingOneAlone() throws Exception {
		TestDatabase.Connection test = TestDatabase.get();
		String name = "summit_creator_" + UUID.randomUUID().toString().substring(0, 8);
		String url = test.url().substring(0, test.url().lastIndexOf('/') + 1) + name;
		try {
			DatabaseCreator.createIfMissing(url, test.username(), test.password());
			DatabaseCreator.createIfMissing(url, test.username(), test.password());

			try (Connection created = DriverManager.getConnection(url, test.username(), test.password());
					Statement statement = created.createStatement();
					ResultSet row = statement.executeQuery("select current_database()")) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString(1)).isEqualTo(name);
			}
		}
		finally {
			String admin = test.url().substring(0, test.url().lastIndexOf('/') + 1) + "postgres";
			try (Connection connection = DriverManager.getConnection(admin, test.username(), test.password());
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
	}

	@Test
	void whenNoPostgresAnswersItSaysWhatToSet() {
		DatabaseUnavailableException failure = assertThrows(DatabaseUnavailableException.class, () -> DatabaseCreator
			.createIfMissing("jdbc:postgresql://127.0.0.1:1/summit_tracker?connectTimeout=2", "postgres", ""));
		assertThat(failure).hasMessageContaining("Could not connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1");

		FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure, failure);
		assertThat(analysis.getDescription()).contains("127.0.0.1:1");
		assertThat(analysis.getAction()).contains("DB_URL", "DB_USERNAME", "DB_PASSWORD");
	}

}
