package org.summittracker.historian;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs imports one at a time and keeps what the admin page shows: the running import's
 * progress, and each finished import's figures in {@code historian_import}.
 */
@Service
public class HistorianImports {

	private static final Logger log = LoggerFactory.getLogger(HistorianImports.class);

	private final HistorianImporter importer;

	private final JdbcTemplate jdbc;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Status status = new Status(false, 0, 0, "", null);

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("historian-import-");

	private final SnapshotDownload downloads;

	HistorianImports(HistorianImporter importer, JdbcTemplate jdbc, SnapshotDownload downloads) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.downloads = downloads;
	}

	/** Where the running import (or the last one) is. */
	public record Status(boolean running, int done, int total, String stage, String origin) {

		public int percent() {
			return (this.total == 0) ? 0 : (int) Math.min(100, (100L * this.done) / this.total);
		}

	}

	/** The outcome of an import: its figures, or why it was refused. */
	public record Outcome(long importId, ImportReport report, String refusal) {

		public boolean refused() {
			return this.refusal != null;
		}

	}

	public Status status() {
		return this.status;
	}

	/** Whether this snapshot's commits were imported already. */
	public boolean imported(Snapshot snapshot) {
		return this.jdbc.queryForObject(
				"select count(*) from historian_import where status = 'DONE' and visits_commit = ? and travels_commit = ?",
				Long.class, snapshot.visitsCommit(), snapshot.travelsCommit()) > 0;
	}

	/** The bundled snapshot. */
	public Snapshot bundled() {
		return Snapshot.bundled();
	}

	/** A snapshot in a folder; commits left blank come from the folder. */
	public Snapshot folder(String folder, String visitsCommit, String travelsCommit) {
		return Snapshot.folder(Path.of(folder), visitsCommit, travelsCommit);
	}

	/**
	 * A newer snapshot from a folder or from a web address (one zip archive of the
	 * snapshot, or one per dataset): downloaded into a temporary folder that the import
	 * deletes when done. Commits left blank come from the folder or the archives.
	 * @throws MalformedSnapshotException when the folder lacks a dataset
	 * @throws SnapshotDownload.SnapshotDownloadException when the address yields no
	 * snapshot (nothing is left behind)
	 */
	public Snapshot from(String from, String visitsCommit, String travelsCommit) {
		if (!SnapshotDownload.isAddress(from)) {
			return folder(from.trim(), visitsCommit, travelsCommit);
		}
		Path folder = this.downloads.fetch(from);
		try {
			return Snapshot.folder(folder, visitsCommit, travelsCommit).downloaded(from.trim(), folder.getParent());
		}
		catch (RuntimeException ex) {
			SnapshotDownload.discard(folder.getParent());
			throw ex;
		}
	}

	/** Imports a snapshot in this thread. */
	public Outcome run(Snapshot snapshot, String startedBy) {
		if (!this.running.compareAndSet(false, true)) {
			snapshot.discard();
			throw new ImportRunningException();
		}
		try {
			return runNow(snapshot, startedBy);
		}
		finally {
			this.running.set(false);
			snapshot.discard();
		}
	}

	/** Starts an import in the background; false when one is running already. */
	public boolean start(Snapshot snapshot, String startedBy) {
		if (!this.running.compareAndSet(false, true)) {
			snapshot.discard();
			return false;
		}
		this.status = new Status(true, 0, 0, "starting", snapshot.origin());
		this.executor.execute(() -> {
			try {
				runNow(snapshot, startedBy);
			}
			catch (RuntimeException ex) {
				log.error("The historian import failed", ex);
			}
			finally {
				this.running.set(false);
				snapshot.discard();
			}
		});
		return true;
	}

	private Outcome runNow(Snapshot snapshot, String startedBy) {
		Long id = this.jdbc.queryForObject("""
				insert into historian_import (visits_commit, travels_commit, origin, started_by, status)
				values (?, ?, ?, ?, 'RUNNING') returning id""", Long.class, snapshot.visitsCommit(),
				snapshot.travelsCommit(), snapshot.origin(), startedBy);
		this.status = new Status(true, 0, 0, "reading", snapshot.origin());
		try {
			ImportReport report = this.importer.run(snapshot, id,
					(done, total, stage) -> this.status = new Status(true, done, total, stage, snapshot.origin()));
			this.jdbc.update("""
					update historian_import set status = 'DONE', finished_at = now(), records_read = ?, records_new = ?,
					    records_changed = ?, records_unchanged = ?, records_queued = ?, records_refused = ?,
					    meetings_created = ?, summits_created = ?, attendance_created = ?, attendance_linked = ?,
					    people_created = ?, people_linked = ?, nations_created = ?, corrections_kept = ?, millis = ?,
					    message = ?
					where id = ?""", report.recordsRead, report.recordsNew, report.recordsChanged,
					report.recordsUnchanged, report.recordsQueued, report.recordsRefused, report.meetingsCreated,
					report.summitsCreated, report.attendanceCreated, report.attendanceLinked, report.peopleCreated,
					report.peopleLinked, report.nationsCreated, report.correctionsKept, report.millis,
					report.getRefusals().isEmpty() ? null : "Refused: " + report.getRefusals(), id);
			log.info("Historian import {} of the {}: {}", id, snapshot.origin(), report);
			this.status = new Status(false, report.recordsRead, report.recordsRead, "done", snapshot.origin());
			return new Outcome(id, report, null);
		}
		catch (MalformedSnapshotException ex) {
			finish(id, "REFUSED", ex.getMessage());
			log.warn("Historian import {} refused, nothing written: {}", id, ex.getMessage());
			return new Outcome(id, null, ex.getMessage());
		}
		catch (RuntimeException ex) {
			finish(id, "FAILED", ex.getClass().getSimpleName() + ": " + ex.getMessage());
			throw ex;
		}
	}

	private void finish(long id, String outcome, String message) {
		this.jdbc.update("update historian_import set status = ?, finished_at = now(), message = ? where id = ?",
				outcome, message, id);
		this.status = new Status(false, 0, 0, outcome.toLowerCase(java.util.Locale.ROOT), null);
	}

	/** The latest imports, newest first. */
	public List<ImportRow> latest(int limit) {
		return this.jdbc.query("""
				select id, origin, visits_commit, travels_commit, started_by, started_at, finished_at, status, message,
				       records_read, records_new, records_changed, records_unchanged, records_queued, records_refused,
				       meetings_created, summits_created, attendance_created, attendance_linked, people_created,
				       people_linked, nations_created, corrections_kept, millis
				from historian_import order by id desc limit ?""",
				(rs, n) -> new ImportRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6), rs.getTimestamp(7), rs.getString(8), rs.getString(9),
						rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15),
						rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getInt(19), rs.getInt(20), rs.getInt(21),
						rs.getInt(22), rs.getInt(23), rs.getLong(24)),
				limit);
	}

	/** One import as the admin page lists it. */
	public record ImportRow(long id, String origin, String visitsCommit, String travelsCommit, String startedBy,
			Timestamp startedAt, Timestamp finishedAt, String status, String message, int recordsRead, int recordsNew,
			int recordsChanged, int recordsUnchanged, int recordsQueued, int recordsRefused, int meetingsCreated,
			int summitsCreated, int attendanceCreated, int attendanceLinked, int peopleCreated, int peopleLinked,
			int nationsCreated, int correctionsKept, long millis) {
	}

	/** Another import is running. */
	public static class ImportRunningException extends RuntimeException {

		ImportRunningException() {
			super("An import is running already");
		}

	}

}
