package org.summittracker.system;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.ServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The database's data version (V62): one number every write of public data moves on,
 * whichever instance or import made it. Read at most once per request: the conditional
 * GET filter reads it for anonymous readers and leaves it on the request, and whatever
 * else needs it during that request (the data horizon) takes it from there; a signed-in
 * editor's page, which the filter leaves alone, reads it once when it needs it.
 * <p>
 * The version last read is kept in memory, so that a 304 revalidation or a kept page
 * costs no database round trip: it is trusted while {@link DataVersionListener} hears the
 * database announce every change of the row (V109: the new version, when its transaction
 * commits), while no newer version has been announced, while no read-write transaction of
 * this instance has committed since it was read, and for at most
 * {@code summit.data-version.trusted-for} (1 s: a lost announcement costs at most that).
 * Otherwise it is read again, where the page will be read.
 */
@Component
public class DataVersions {

	private static final String ATTRIBUTE = DataVersions.class.getName() + ".current";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final long trustedForNanos;

	private final DataVersionListener changes;

	private volatile Known known;

	DataVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${summit.data-version.trusted-for:1s}") Duration trustedFor, DataVersionListener changes) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.trustedForNanos = trustedFor.toNanos();
		this.changes = changes;
	}

	/** The version as this request sees it: read once, then the same for the request. */
	public Current current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object known = (request != null) ? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
		if (known instanceof Current current) {
			return current;
		}
		Current current = read();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, current, RequestAttributes.SCOPE_REQUEST);
		}
		return current;
	}

	/**
	 * The version now: the one kept in memory while it can be trusted (see above), else
	 * read where the page will be read (the replica, if there is one), so a lagging
	 * replica serves data at least as new as its version, never older.
	 */
	Current read() {
		Known kept = this.known;
		long now = System.nanoTime();
		if (kept != null && this.changes.hearing() && kept.generation() == this.changes.generation()
				&& kept.current().version() >= this.changes.announced() && now - kept.readAt() < this.trustedForNanos) {
			return kept.current();
		}
		// the generation before the read: a change committed during it makes this read
		// untrusted at once, so an older answer stored after a newer one is read again
		long generation = this.changes.generation();
		Current current = this.readOnly
			.execute((status) -> this.jdbc.queryForObject("select version, changed_at, sources_as_of from data_version",
					(row, i) -> new Current(row.getLong(1), row.getTimestamp(2).toInstant(),
							row.getObject(3, LocalDate.class))));
		this.known = new Known(current, generation, now);
		return current;
	}

	/** Leaves the version read by a filter on the request, for the rest of it. */
	static void remember(ServletRequest request, Current current) {
		request.setAttribute(ATTRIBUTE, current);
	}

	/**
	 * A version, when it last moved, and the latest dated source's date then (V68: the
	 * row keeps it, a trigger on the sources moves it).
	 */
	public record Current(long version, Instant changedAt, LocalDate sourcesAsOf) {
	}

	private record Known(Current current, long generation, long readAt) {
	}

}
