package org.summittracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sign-in log editors read under Admin → Sign-ins: every attempt, when, for which
 * username (as typed, normalised), from which client address, and how it ended. Entries
 * older than {@link #KEPT} are dropped.
 */
@Component
class SignInAudit {

	static final Duration KEPT = Duration.ofDays(90);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInAudit(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	enum Outcome {

		SIGNED_IN, FAILED, THROTTLED

	}

	/** One line of the log. */
	record Entry(Instant at, String username, String client, Outcome outcome) {

	}

	void record(String username, String client, Outcome outcome) {
		this.jdbc.update("insert into sign_in_event (at, username, client, outcome) values (?, ?, ?, ?)",
				Timestamp.from(Instant.now(this.clock)), username, cut(client, 64), outcome.name());
	}

	void dropOld() {
		this.jdbc.update("delete from sign_in_event where at < ?", Timestamp.from(Instant.now(this.clock).minus(KEPT)));
	}

	/** The newest entries first, {@code limit} of them from {@code offset}. */
	List<Entry> latest(int limit, int offset) {
		return this.jdbc.query(
				"select at, username, client, outcome from sign_in_event order by at desc, id desc limit ? offset ?",
				(rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("username"),
						rs.getString("client"), Outcome.valueOf(rs.getString("outcome"))),
				limit, offset);
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

}
