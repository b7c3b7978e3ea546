package org.summittracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL every test run uses, created once per JVM: a Testcontainers PostgreSQL
 * where Docker runs, otherwise a throw-away database on the local server (dropped when
 * the run ends). {@code SUMMIT_TEST_DB=local} or {@code container} forces one;
 * {@code TEST_PG_URL}, {@code TEST_PG_USER} and {@code TEST_PG_PASSWORD} point at the
 * local server's maintenance database (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres} as {@code postgres});
 * {@code TEST_PG_ICU_LOCALE=en-US} makes the local database sort like the container's
 * ({@code en_US.utf8}) rather than by code point, to check that no test depends on the
 * collation.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final String PREFIX = "summit_test_";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static Connection connection;

	private TestDatabase() {
	}

	/** How to reach the test database. */
	public record Connection(String url, String username, String password, String description) {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = start();
			log.info("Tests use {}", connection.description());
		}
		return connection;
	}

	private static final java.util.Map<String, Connection> separate = new java.util.HashMap<>();

	/**
	 * Another database on the same server, created once per JVM for tests that fill it
	 * with far more rows than the rest of the suite expects (the Office of the Historian
	 * import), and dropped with the run.
	 */
	public static synchronized Connection separate(String purpose) {
		return separate.computeIfAbsent(purpose, (p) -> {
			Connection main = get();
			String base = main.url().substring(0, main.url().lastIndexOf('/') + 1);
			String query = main.url().contains("?") ? main.url().substring(main.url().indexOf('?')) : "";
			String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + p + "_"
					+ UUID.randomUUID().toString().substring(0, 8);
			String admin = main.url().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
			try (java.sql.Connection connection = DriverManager.getConnection(admin, main.username(), main.password());
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the separate test database " + name, ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, main.username(), main.password(), name)));
			return new Connection(base + name + query, main.username(), main.password(),
					"the separate database " + name);
		});
	}

	public static void register(DynamicPropertyRegistry registry) {
		Connection db = get();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
	}

	private static Connection start() {
		String mode = env("SUMMIT_TEST_DB", "auto");
		if (mode.equals("container") || (mode.equals("auto") && dockerAvailable())) {
			return startContainer();
		}
		return createLocalDatabase();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"a Testcontainers PostgreSQL at " + container.getJdbcUrl());
	}

	private static Connection createLocalDatabase() {
		String adminUrl = env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = env("TEST_PG_USER", "postgres");
		String password = env("TEST_PG_PASSWORD", "");
		String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + UUID.randomUUID().toString().substring(0, 8);
		try (java.sql.Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			dropStale(statement);
			String icuLocale = env("TEST_PG_ICU_LOCALE", "");
			statement.execute("CREATE DATABASE " + name + (icuLocale.matches("[A-Za-z-]+")
					? " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '" + icuLocale + "'" : ""));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL: Docker is not running and the local server at "
					+ adminUrl + " refused (" + ex.getMessage() + "). Start PostgreSQL or set TEST_PG_URL.", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
		String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
		return new Connection(url, user, password, "the throw-away database " + name + " on the local server");
	}

	/**
	 * Drops test databases left behind by runs that were killed more than six hours ago.
	 */
	private static void dropStale(Statement statement) throws SQLException {
		String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
		List<String> stale = new ArrayList<>();
		try (ResultSet rows = statement
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (rows.next()) {
				String name = rows.getString(1);
				String stamp = name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 14));
				if (stamp.compareTo(cutoff) < 0) {
					stale.add(name);
				}
			}
		}
		for (String name : stale) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static void drop(String adminUrl, String user, String password, String name) {
		try (java.sql.Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
