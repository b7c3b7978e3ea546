package org.summittracker.historian;

import org.summittracker.support.IntegrationTest;
import org.summittracker.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application over its own database, into which the bundled Office of the
 * Historian snapshot is imported once for every test class that extends this one: the
 * rest of the suite keeps the seed it counts on.
 */
abstract class HistorianTest extends IntegrationTest {

	private static HistorianImports.Outcome first;

	@DynamicPropertySource
	static void historianDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.separate("historian");
		// The pool's own URL wins over spring.datasource.url, which IntegrationTest sets
		// to the shared database.
		registry.add("spring.datasource.hikari.jdbc-url", db::url);
	}

	/** The first import of the bundled snapshot into this database, run once. */
	protected static synchronized HistorianImports.Outcome imported(HistorianImports imports) {
		if (first == null) {
			first = imports.run(imports.bundled(), "test");
		}
		return first;
	}

}
