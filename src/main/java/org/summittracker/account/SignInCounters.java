package org.summittracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per key ({@code client:<address>}, {@code account:<username>},
 * {@code device:<nonce>}) in PostgreSQL, each change one atomic statement, so that
 * parallel attempts are counted one by one and never lose an update. An attempt is
 * counted before its password is checked: of forty parallel guesses, only as many as the
 * limit reach the password check. From the limit on, each attempt that is let through
 * blocks the key for a delay that doubles every time (the first delay, twice that, four
 * times, ... up to the longest). Counts are forgotten after a quiet period.
 */
@Component
class SignInCounters {

	/**
	 * Exponents past this would only overflow; the longest delay has long been reached.
	 */
	private static final int MAX_DOUBLINGS = 30;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration firstDelay;

	private final Duration longestDelay;

	private final Duration forgetAfter;

	SignInCounters(JdbcTemplate jdbc, Clock clock, @Value("${summit.security.sign-in-delay:30s}") Duration firstDelay,
			@Value("${summit.security.sign-in-max-delay:15m}") Duration longestDelay,
			@Value("${summit.security.forget-failed-sign-ins-after:1h}") Duration forgetAfter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.firstDelay = firstDelay;
		this.longestDelay = longestDelay;
		this.forgetAfter = forgetAfter;
	}

	/**
	 * Counts an attempt against the key, unless the key is blocked right now.
	 * @param limit how many attempts in a row go through before the delays start
	 * @return whether the attempt may go on to the password check
	 */
	boolean tryAttempt(String key, int limit) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		Timestamp forgotten = Timestamp.from(Instant.now(this.clock).minus(this.forgetAfter));
		this.jdbc.update("insert into sign_in_counter (key, attempts, last_attempt_at) values (?, 0, ?) "
				+ "on conflict (key) do nothing", key, now);
		String count = "(case when last_attempt_at < ? then 1 else attempts + 1 end)";
		int counted = this.jdbc.update("update sign_in_counter set attempts = " + count + ", last_attempt_at = ?, "
				+ "blocked_until = case when " + count
				+ " >= ? then cast(? as timestamp with time zone) + make_interval(secs => least(cast(? as float8), "
				+ "cast(? as float8) * power(2, least(" + count + " - ?, ?)))) end "
				+ "where key = ? and (blocked_until is null or blocked_until <= ?)", forgotten, now, forgotten, limit,
				now, seconds(this.longestDelay), seconds(this.firstDelay), forgotten, limit, MAX_DOUBLINGS, key, now);
		return counted == 1;
	}

	/** A successful sign-in clears the key's count. */
	void clear(String key) {
		this.jdbc.update("delete from sign_in_counter where key = ?", key);
	}

	/**
	 * Takes back one counted attempt that turned out to succeed, and the block it set if
	 * it was the one that reached the limit; a client that also knows one good password
	 * does not reset its count of wrong ones.
	 */
	void refund(String key, int limit) {
		this.jdbc.update(
				"update sign_in_counter set attempts = greatest(attempts - 1, 0), "
						+ "blocked_until = case when attempts - 1 < ? then null else blocked_until end where key = ?",
				limit, key);
	}

	/** Drops counts nobody has added to for longer than the quiet period. */
	void forgetQuiet() {
		this.jdbc.update(
				"delete from sign_in_counter where last_attempt_at < ? and (blocked_until is null or "
						+ "blocked_until < ?)",
				Timestamp.from(Instant.now(this.clock).minus(this.forgetAfter)),
				Timestamp.from(Instant.now(this.clock)));
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
