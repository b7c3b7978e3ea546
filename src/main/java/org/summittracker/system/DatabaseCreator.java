package org.summittracker.system;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Creates the application's PostgreSQL database on start-up if it does not exist yet, so
 * that {@code ./mvnw spring-boot:run} works against a fresh local server. When no
 * PostgreSQL answers, it stops the start with a message that says what to set.
 */
public class DatabaseCreator implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment env = event.getEnvironment();
		if (!env.getProperty("summit.database.create-if-missing", Boolean.class, false)) {
			return;
		}
		String url = env.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql://")) {
			return;
		}
		String user = env.getProperty("spring.datasource.username", "");
		String password = env.getProperty("spring.datasource.password", "");
		createIfMissing(url, user, password);
	}

	static void createIfMissing(String url, String user, String password) {
		URI uri = URI.create(url.substring("jdbc:".length()));
		String database = uri.getPath().substring(1);
		String maintenanceUrl = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres"
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
			if (!exists(connection, database)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
				}
				log.info("Created PostgreSQL database '{}'", database);
			}
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(url, user, ex);
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

}
