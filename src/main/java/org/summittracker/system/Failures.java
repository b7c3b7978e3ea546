package org.summittracker.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What an unexpected exception means for the reader: the database out of reach is a 503
 * (try again shortly), a value PostgreSQL refuses as data (SQLSTATE class 22: a NUL byte,
 * a number out of range) is the reader's 400, anything else the app's 500.
 */
public final class Failures {

	/** Seconds a reader is asked to wait when the database is out of reach. */
	public static final int RETRY_AFTER_SECONDS = 30;

	private Failures() {
	}

	public static HttpStatus statusOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return HttpStatus.SERVICE_UNAVAILABLE;
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
