package org.summittracker.system;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.ServletRequest;

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
 */
@Component
public class DataVersions {

	private static final String ATTRIBUTE = DataVersions.class.getName() + ".current";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	DataVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
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
	 * Reads the version now, where the page will be read (the replica, if there is one),
	 * so a lagging replica serves data at least as new as its version, never older.
	 */
	Current read() {
		return this.readOnly
			.execute((status) -> this.jdbc.queryForObject("select version, changed_at, sources_as_of from data_version",
					(row, i) -> new Current(row.getLong(1), row.getTimestamp(2).toInstant(),
							row.getObject(3, LocalDate.class))));
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

}
