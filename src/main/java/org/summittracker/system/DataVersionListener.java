package org.summittracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Knows, for {@link DataVersions}, when the version it keeps may be out of date: a thread
 * with its own connection to the primary listens for the database's announcements (V109:
 * every change of the version, from any instance or import, when it commits), and this
 * instance's own read-write commits count at once, before their announcement arrives.
 * When the connection is lost, the version is read on every request until the thread is
 * listening again (it tries every second and logs the failure once).
 */
@Component
class DataVersionListener implements SmartLifecycle, TransactionExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(DataVersionListener.class);

	/** How long to wait for an announcement before checking the connection is alive. */
	private static final int WAIT_MILLIS = 5_000;

	/** How the listening connection is named in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "summit-tracker data version listener";

	private static final Duration RETRY = Duration.ofSeconds(1);

	/**
	 * Moves when what was read before may be out of date for a reason without a number.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** The newest version the database has announced. */
	private final AtomicLong announced = new AtomicLong();

	/** Whether announcements are heard; without them every read goes to the database. */
	private volatile boolean hearing;

	private final DataSourceProperties database;

	private final boolean enabled;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	DataVersionListener(DataSourceProperties database, @Value("${summit.data-version.listen:true}") boolean enabled) {
		this.database = database;
		this.enabled = enabled;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		if (failure == null && !transaction.isReadOnly()) {
			committedHere();
		}
	}

	/**
	 * A read-write transaction of this instance committed: its change may be anywhere.
	 */
	void committedHere() {
		this.generation.incrementAndGet();
	}

	/** The database announced a new version (from any instance or import). */
	void announced(long version) {
		this.announced.accumulateAndGet(version, Math::max);
	}

	/**
	 * Whether announcements are heard; a change either way makes what was read before
	 * untrusted, since announcements may have been missed in between.
	 */
	void listening(boolean hearing) {
		this.hearing = hearing;
		this.generation.incrementAndGet();
	}

	boolean hearing() {
		return this.hearing;
	}

	long generation() {
		return this.generation.get();
	}

	long announced() {
		return this.announced.get();
	}

	@Override
	public void start() {
		if (!this.enabled || this.running) {
			return;
		}
		this.running = true;
		Thread listener = new Thread(this::listen, "data-version-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
		}
		closeQuietly(this.connection);
		listening(false);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean failedBefore = false;
		while (this.running) {
			try (Connection listening = DriverManager.getConnection(this.database.determineUrl(), credentials())) {
				this.connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("listen data_version");
				}
				listening(true);
				if (failedBefore) {
					log.info("Listening for data version announcements again");
					failedBefore = false;
				}
				PGConnection announcements = listening.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] heard = announcements.getNotifications(WAIT_MILLIS);
					if (heard == null || heard.length == 0) {
						if (!listening.isValid(WAIT_MILLIS / 1000)) {
							throw new SQLException("the listening connection stopped answering");
						}
						continue;
					}
					for (PGNotification announcement : heard) {
						announced(Long.parseLong(announcement.getParameter()));
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running && !failedBefore) {
					log.warn("Not hearing data version announcements ({}); reading the version on every request "
							+ "until listening again", ex.getMessage());
					failedBefore = true;
				}
			}
			finally {
				this.connection = null;
				listening(false);
			}
			pause();
		}
	}

	private Properties credentials() {
		Properties properties = new Properties();
		String username = this.database.determineUsername();
		String password = this.database.determinePassword();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		return properties;
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing on shutdown: nothing left to tell
			}
		}
	}

}
