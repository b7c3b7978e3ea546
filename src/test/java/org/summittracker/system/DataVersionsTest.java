package org.summittracker.system;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version kept in memory: served without a database read while nothing is
 * announced, read again once the database announces a newer one (heard within a second of
 * a write made outside this instance's transactions), at once after a commit of this
 * instance, and on every request while announcements are not heard or once it is older
 * than it may be trusted. The listener comes back when its connection is killed.
 */
@TestPropertySource(properties = { "summit.page-cache.max-bytes=8388608", "summit.data-version.trusted-for=1h" })
class DataVersionsTest extends IntegrationTest {

	@Autowired
	private DataVersions versions;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private DataVersionListener listener;

	@Autowired
	private DataSourceProperties database;

	@Test
	void aWriteOutsideThisInstanceIsHeardWithinASecond() {
		long before = this.versions.read().version();

		// plain JDBC commits on its own, not through this instance's transaction manager
		this.jdbc.update("update data_version set version = version + 1");

		assertThat(within(Duration.ofSeconds(1), before + 1, () -> this.versions.read().version()))
			.isEqualTo(before + 1);
	}

	@Test
	void whileNothingIsAnnouncedTheKeptVersionIsServedWithoutReadingTheDatabase() {
		DataVersionListener changes = new DataVersionListener(this.database, false);
		DataVersions kept = new DataVersions(this.jdbc, this.transactions, Duration.ofHours(1), changes);
		changes.listening(true);
		long before = kept.read().version();

		this.jdbc.update("update data_version set version = version + 1");

		assertThat(kept.read().version()).as("kept, not read again").isEqualTo(before);
		changes.announced(before);
		assertThat(kept.read().version()).as("an announcement of what it holds").isEqualTo(before);
		changes.announced(before + 1);
		assertThat(kept.read().version()).as("read again after the announcement").isEqualTo(before + 1);
	}

	@Test
	void aCommitOfThisInstanceIsSeenAtOnce() {
		DataVersionListener changes = new DataVersionListener(this.database, false);
		DataVersions kept = new DataVersions(this.jdbc, this.transactions, Duration.ofHours(1), changes);
		changes.listening(true);
		long before = kept.read().version();
		this.jdbc.update("update data_version set version = version + 1");

		changes.committedHere();

		assertThat(kept.read().version()).isEqualTo(before + 1);
		assertThat(((ConfigurableTransactionManager) this.transactions).getTransactionExecutionListeners())
			.contains(this.listener);
		long now = this.versions.read().version();
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.jdbc.update("update data_version set version = version + 1"));
		assertThat(this.versions.read().version()).isEqualTo(now + 1);
	}

	@Test
	void withoutAnnouncementsOrOnceTooOldTheVersionIsReadEveryTime() {
		DataVersionListener deafness = new DataVersionListener(this.database, false);
		DataVersionListener hearing = new DataVersionListener(this.database, false);
		DataVersions deaf = new DataVersions(this.jdbc, this.transactions, Duration.ofHours(1), deafness);
		DataVersions untrusting = new DataVersions(this.jdbc, this.transactions, Duration.ZERO, hearing);
		hearing.listening(true);
		deaf.read();
		untrusting.read();

		this.jdbc.update("update data_version set version = version + 1");
		long written = this.jdbc.queryForObject("select version from data_version", Long.class);

		assertThat(deaf.read().version()).isEqualTo(written);
		assertThat(untrusting.read().version()).isEqualTo(written);
		deafness.listening(true);
		deaf.read();
		deafness.listening(false);
		this.jdbc.update("update data_version set version = version + 1");
		assertThat(deaf.read().version()).as("stopped listening").isEqualTo(written + 1);
	}

	@Test
	void theListenerListensAgainAfterItsConnectionIsKilled() {
		List<Integer> killed = this.jdbc.queryForList("""
				select pid from pg_stat_activity
				where datname = current_database() and application_name = ?""", Integer.class,
				DataVersionListener.APPLICATION_NAME);
		killed.forEach((pid) -> this.jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid));
		assertThat(killed).isNotEmpty();

		// until it listens again the version is read on every request
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<Integer> listening = List.of();
		while ((listening.isEmpty() || !this.listener.hearing()) && System.nanoTime() < deadline) {
			sleep(20);
			listening = this.jdbc.queryForList("""
					select pid from pg_stat_activity
					where datname = current_database() and application_name = ? and pid <> all(?)""", Integer.class,
					DataVersionListener.APPLICATION_NAME, killed.toArray(Integer[]::new));
		}
		assertThat(listening).as("a new listening connection").isNotEmpty();
		assertThat(this.listener.hearing()).isTrue();
		long before = this.versions.read().version();
		this.jdbc.update("update data_version set version = version + 1");
		assertThat(within(Duration.ofSeconds(1), before + 1, () -> this.versions.read().version()))
			.isEqualTo(before + 1);
	}

	/** The value once it reaches the target, or the last one when the time is up. */
	private static long within(Duration time, long target, LongSupplier value) {
		long deadline = System.nanoTime() + time.toNanos();
		long seen = value.getAsLong();
		while (seen < target && System.nanoTime() < deadline) {
			sleep(5);
			seen = value.getAsLong();
		}
		return seen;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
