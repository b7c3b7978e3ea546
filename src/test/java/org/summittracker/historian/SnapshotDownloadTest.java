package org.summittracker.historian;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.summittracker.historian.SnapshotDownload.SnapshotDownloadException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Downloads over real HTTP from a small server on this machine that serves archives of
 * the real datasets (the copy beside the checkout, {@code ../shared}) and the ways a
 * download goes wrong.
 */
class SnapshotDownloadTest {

	/** The real datasets, as CI has them beside the checkout. */
	static final Path DATASETS = Path.of("../shared/datasets/history-state");

	private static HttpServer server;

	private static final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	@BeforeAll
	static void serve() throws IOException {
		assertThat(DATASETS.resolve("visits/data/2020.xml")).as("the real datasets beside the checkout").exists();
		bodies.put("/snapshot.zip", zip(DATASETS, "history-state/", null));
		bodies.put("/visits.zip",
				zip(DATASETS.resolve("visits"), "visits-869ca4f/", "869ca4f0e8d15521bc3c094b846e6b1d3c7d8f1d"));
		bodies.put("/travels.zip",
				zip(DATASETS.resolve("travels"), "travels-3170c77/", "3170c773f22c99dadc8ec93da070f8ff6259d6d8"));
		bodies.put("/page.html", "<!DOCTYPE html><html><body>Not here</body></html>".getBytes(StandardCharsets.UTF_8));
		bodies.put("/evil.zip", zipOf(Map.of("../../outside.xml", "<visits/>")));
		bodies.put("/nothing.zip", zipOf(Map.of("notes/readme.txt", "no dataset here")));
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", SnapshotDownloadTest::answer);
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	static void serveAlso(String path, byte[] body) {
		bodies.put(path, body);
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	private static void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (path.equals("/slow.zip")) {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] body = bodies.get(path.equals("/slow.zip") ? "/snapshot.zip" : path);
		if (body == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders()
			.add("Content-Type", path.endsWith(".html") ? "text/html; charset=utf-8" : "application/zip");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	static String address(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	private final SnapshotDownload download = new SnapshotDownload(50L << 20, Duration.ofSeconds(2),
			Duration.ofSeconds(1));

	@Test
	void aZipOfTheSnapshotFolderBecomesASnapshotWithTheCommitsOfItsReadme() {
		Path folder = this.download.fetch(address("/snapshot.zip"));
		try {
			Snapshot snapshot = Snapshot.folder(folder, null, null);
			assertThat(snapshot.visits()).hasSize(16);
			assertThat(snapshot.presidentTrips()).hasSize(21);
			assertThat(snapshot.secretaryTrips()).hasSize(34);
			assertThat(snapshot.visitsCommit()).isEqualTo("869ca4f0e8d15521bc3c094b846e6b1d3c7d8f1d");
			assertThat(snapshot.travelsCommit()).isEqualTo("3170c773f22c99dadc8ec93da070f8ff6259d6d8");
			assertThat(HistorianImporter.read(snapshot).size()).isEqualTo(7535);
		}
		finally {
			SnapshotDownload.discard(folder.getParent());
		}
		assertThat(folder.getParent()).doesNotExist();
	}

	@Test
	void oneArchivePerDatasetAsGitHubServesThemTakesEachCommitFromItsArchive() {
		Path folder = this.download.fetch(address("/visits.zip") + " " + address("/travels.zip"));
		try {
			Snapshot snapshot = Snapshot.folder(folder, null, null);
			assertThat(snapshot.visitsCommit()).isEqualTo("869ca4f0e8d15521bc3c094b846e6b1d3c7d8f1d");
			assertThat(snapshot.travelsCommit()).isEqualTo("3170c773f22c99dadc8ec93da070f8ff6259d6d8");
			assertThat(HistorianImporter.read(snapshot).size()).isEqualTo(7535);
		}
		finally {
			SnapshotDownload.discard(folder.getParent());
		}
	}

	@Test
	void eachBadAddressIsRefusedWithWhatWasWrongAndLeavesNothingBehind() throws IOException {
		long before = downloadFolders();
		Map<String, String> problems = Map.of(address("/missing.zip"), "answered HTTP 404", address("/page.html"),
				"is not a zip archive of a snapshot (it is text/html and begins “<!DOCTYPE html>", address("/slow.zip"),
				"did not answer in time", address("/evil.zip"), "holds an entry outside its folder: ../../outside.xml",
				address("/nothing.zip"), "holds neither a snapshot", "ftp://127.0.0.1/snapshot.zip",
				"is not an http:// or https:// address", "http://", "is not a valid address",
				"http://no-such-host.invalid/snapshot.zip", "names an unknown host", address("/visits.zip"),
				"holds no travels dataset");
		for (Map.Entry<String, String> problem : problems.entrySet()) {
			SnapshotDownloadException refused = catchThrowableOfType(SnapshotDownloadException.class,
					() -> this.download.fetch(problem.getKey()));
			assertThat(refused).as(problem.getKey()).isNotNull();
			assertThat(refused.getMessage()).as(problem.getKey())
				.startsWith(problem.getKey())
				.contains(problem.getValue())
				.endsWith("; nothing was imported");
		}
		assertThat(downloadFolders()).isEqualTo(before);
		assertThat(Path.of(System.getProperty("java.io.tmpdir")).resolve("outside.xml")).doesNotExist();
	}

	@Test
	void aDownloadLargerThanTheBoundIsCutOff() throws IOException {
		long before = downloadFolders();
		SnapshotDownload small = new SnapshotDownload(100_000, Duration.ofSeconds(2), Duration.ofSeconds(2));

		SnapshotDownloadException refused = catchThrowableOfType(SnapshotDownloadException.class,
				() -> small.fetch(address("/snapshot.zip")));

		assertThat(refused.getMessage()).contains("MB, more than the 0.1 MB a snapshot may have");
		assertThat(downloadFolders()).isEqualTo(before);
	}

	private static long downloadFolders() throws IOException {
		try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return list.filter((p) -> p.getFileName().toString().startsWith("historian-download-")).count();
		}
	}

	/**
	 * A zip of a folder's files under a top folder, with a comment as git archive writes.
	 */
	static byte[] zip(Path root, String top, String comment) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(new ZipEntry(top + root.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
			if (comment != null) {
				zip.setComment(comment);
			}
		}
		return bytes.toByteArray();
	}

	static byte[] zipOf(Map<String, String> entries) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : List.copyOf(entries.keySet())) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
