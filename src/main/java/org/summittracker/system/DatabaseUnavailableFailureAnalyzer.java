package org.summittracker.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains in plain words what to set when the app cannot reach PostgreSQL at start-up.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Start PostgreSQL (on Debian: pg_ctlcluster <version> main start, or 'docker compose up db'), or point "
						+ "the app at a running server with the environment variables DB_URL (e.g. "
						+ "jdbc:postgresql://localhost:5432/summit_tracker), DB_USERNAME and DB_PASSWORD.",
				cause);
	}

}
