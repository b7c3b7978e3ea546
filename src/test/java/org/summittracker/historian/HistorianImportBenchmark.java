package org.summittracker.historian;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.summittracker.support.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long importing both bundled datasets takes, and how much heap it needs: (A) the
 * first import into a freshly migrated database, (B) the same snapshot again (nothing to
 * write), alternated A, B, A, B after a warm-up round, each A on a new database. Reports
 * the median of each, their ratio and the peak heap. Not part of the suite; run it with
 * {@code ./mvnw -P historian-benchmark test} (512 MB heap, see the README).
 */
class HistorianImportBenchmark {

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

	@Test
	void importBothDatasets() {
		Snapshot snapshot = Snapshot.bundled();
		List<Long> first = new ArrayList<>();
		List<Long> again = new ArrayList<>();
		long peak = 0;
		ImportReport report = null;
		for (int round = 0; round <= ROUNDS; round++) {
			TestDatabase.Connection db = TestDatabase.separate("bench" + round);
			try (HikariDataSource dataSource = new HikariDataSource()) {
				dataSource.setJdbcUrl(db.url());
				dataSource.setUsername(db.username());
				dataSource.setPassword(db.password());
				dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
				Flyway.configure().dataSource(dataSource).load().migrate();
				JdbcTemplate jdbc = new JdbcTemplate(dataSource);
				HistorianImporter importer = new HistorianImporter(jdbc,
						new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
				System.gc();
				resetPeaks();
				long a = time(() -> importer.run(snapshot, run(jdbc, snapshot), (done, total, stage) -> {
				}));
				long peakA = heapPeak();
				resetPeaks();
				long b = time(() -> importer.run(snapshot, run(jdbc, snapshot), (done, total, stage) -> {
				}));
				report = importer.run(snapshot, run(jdbc, snapshot), (done, total, stage) -> {
				});
				peak = Math.max(peak, Math.max(peakA, heapPeak()));
				if (round > 0) {
					first.add(a);
					again.add(b);
				}
				System.out.printf("round %d%s: first import %d ms, same snapshot again %d ms%n", round,
						(round == 0) ? " (warm-up)" : "", a, b);
			}
		}
		long medianFirst = median(first);
		long medianAgain = median(again);
		System.out.printf(
				"HISTORIAN IMPORT BENCHMARK (max heap %d MB): first import median %d ms, re-import median %d ms, "
						+ "ratio re-import/first %.3f, peak heap %d MB%n",
				Runtime.getRuntime().maxMemory() / (1024 * 1024), medianFirst, medianAgain,
				(double) medianAgain / medianFirst, peak / (1024 * 1024));
		assertThat(report.getRecordsUnchanged()).isEqualTo(report.getRecordsRead());
	}

	private static long run(JdbcTemplate jdbc, Snapshot snapshot) {
		return jdbc.queryForObject("""
				insert into historian_import (visits_commit, travels_commit, origin, started_by, status)
				values (?, ?, ?, 'benchmark', 'RUNNING') returning id""", Long.class, snapshot.visitsCommit(),
				snapshot.travelsCommit(), snapshot.origin());
	}

	private static long time(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long heapPeak() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
