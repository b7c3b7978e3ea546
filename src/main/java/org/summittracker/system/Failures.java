package org.summittracker.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What an unexpected exception means for the reader: the database out of reach is a 503
 * (try again shortly), a value PostgreSQL refuses as data (SQLSTATE class 22: a NUL byte,
 * a number out of range) is the reader's 400, anything else the app's 500.
 */
public final class Failures {

	/** Seconds a reader is asked to wait when the database is out of reach. */
	public static final int RETRY_AFTER_SECONDS = 30;

	/**
	 * What HikariCP's stand-in for a connection it has closed answers, without a
	 * SQLSTATE.
	 */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	private Failures() {
	}

	public static HttpStatus statusOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (t instanceof SQLException sql && CLOSED_CONNECTION.equals(sql.getMessage())) {
				// the rollback after a lost connection fails on the pool's closed
				// connection, and its exception replaces the one that told why
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& rollback.getApplicationException() != t.getCause()) {
				HttpStatus original = statusOf(rollback.getApplicationException());
				if (original != HttpStatus.INTERNAL_SERVER_ERROR) {
					return original;
				}
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				// 08: connection exception; 57P01..57P03: the server shutting down or
				// starting
				if (state.startsWith("08") || state.startsWith("57P")) {
					return HttpStatus.SERVICE_UNAVAILABLE;
				}
				if (state.startsWith("22")) {
					return HttpStatus.BAD_REQUEST;
				}
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
