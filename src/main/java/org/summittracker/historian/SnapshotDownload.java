package org.summittracker.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Fetches a newer snapshot from the web: one zip archive laid out like a snapshot folder
 * ({@code visits/} and {@code travels/}), or two archives separated by a comma or space,
 * one per dataset (as GitHub serves {@code HistoryAtState/visits} and
 * {@code HistoryAtState/travels}). Each is streamed into a temporary folder with a bound
 * on its size and timeouts on connecting and reading, then unpacked (within a bound,
 * never outside that folder). Any failure deletes the folder and says what was wrong with
 * the address; the import itself then reads the folder as it reads any other.
 */
@Component
class SnapshotDownload {

	private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

	private final long maxBytes;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	SnapshotDownload(@Value("${summit.historian.download.max-bytes:52428800}") long maxBytes,
			@Value("${summit.historian.download.connect-timeout:10s}") Duration connectTimeout,
			@Value("${summit.historian.download.read-timeout:30s}") Duration readTimeout) {
		this.maxBytes = maxBytes;
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
	}

	/** Whether an import source names a web address rather than a folder. */
	static boolean isAddress(String from) {
		String lower = from.trim().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	/**
	 * Downloads and unpacks the archives at these addresses into a new temporary folder
	 * laid out as a snapshot; the caller deletes it after the import.
	 * @throws SnapshotDownloadException naming the address and what was wrong, with
	 * nothing left behind
	 */
	Path fetch(String addresses) {
		List<URI> uris = new ArrayList<>();
		for (String address : addresses.trim().split("[,\\s]+")) {
			uris.add(uri(address));
		}
		if (uris.size() > 2) {
			throw new SnapshotDownloadException(addresses,
					"names more than two archives (one of the snapshot, or one per dataset)");
		}
		Path temp = null;
		try {
			temp = Files.createTempDirectory("historian-download-");
			Path snapshot = Files.createDirectory(temp.resolve("snapshot"));
			String[] commits = { null, null };
			for (int i = 0; i < uris.size(); i++) {
				URI uri = uris.get(i);
				Path archive = temp.resolve("archive-" + i + ".zip");
				download(uri, archive);
				Path unpacked = Files.createDirectory(temp.resolve("unpacked-" + i));
				String comment = unpack(uri, archive, unpacked);
				Files.delete(archive);
				place(uri, unpacked, snapshot, comment, commits);
			}
			for (String dataset : List.of("visits", "travels")) {
				if (!Files.isDirectory(snapshot.resolve(dataset))) {
					throw new SnapshotDownloadException(addresses, "holds no " + dataset + " dataset: an archive holds "
							+ "visits/data/*.xml and travels/ (president-travels, secretary-travels, presidents)");
				}
			}
			if (!Files.exists(snapshot.resolve("snapshot.properties")) && (commits[0] != null || commits[1] != null)) {
				Files.writeString(snapshot.resolve("snapshot.properties"),
						"visits.commit=" + orUnknown(commits[0]) + "\ntravels.commit=" + orUnknown(commits[1]) + "\n",
						StandardCharsets.UTF_8);
			}
			return snapshot;
		}
		catch (IOException ex) {
			discard(temp);
			throw new SnapshotDownloadException(addresses, "cannot be saved to a temporary folder: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			discard(temp);
			throw ex;
		}
	}

	/** Deletes a downloaded snapshot's temporary folder (the parent of the snapshot). */
	static void discard(Path folder) {
		if (folder == null) {
			return;
		}
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String orUnknown(String commit) {
		return (commit != null) ? commit : Snapshot.UNKNOWN_COMMIT;
	}

	private static URI uri(String address) {
		try {
			URI uri = new URI(address);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
				throw new SnapshotDownloadException(address, "is not an http:// or https:// address");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new SnapshotDownloadException(address, "is not a valid address: " + ex.getReason());
		}
	}

	/** Streams the body into a file, refusing what is not a zip archive or too large. */
	private void download(URI uri, Path target) {
		HttpURLConnection http = null;
		try {
			URLConnection connection = uri.toURL().openConnection();
			http = (HttpURLConnection) connection;
			http.setConnectTimeout((int) this.connectTimeout.toMillis());
			http.setReadTimeout((int) this.readTimeout.toMillis());
			http.setInstanceFollowRedirects(true);
			http.setRequestProperty("Accept", "application/zip, application/octet-stream");
			int status = http.getResponseCode();
			if (status != HttpURLConnection.HTTP_OK) {
				throw new SnapshotDownloadException(uri.toString(), "answered HTTP " + status
						+ ((http.getResponseMessage() != null) ? " " + http.getResponseMessage() : ""));
			}
			long length = http.getContentLengthLong();
			if (length > this.maxBytes) {
				throw new SnapshotDownloadException(uri.toString(), "is " + megabytes(length) + ", more than the "
						+ megabytes(this.maxBytes) + " a snapshot may have");
			}
			try (InputStream in = http.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				byte[] head = new byte[0];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					if (total == 0 && n > 0) {
						head = java.util.Arrays.copyOf(buffer, Math.min(n, 64));
						notAZip(uri, head, http.getContentType());
					}
					total += n;
					if (total > this.maxBytes) {
						throw new SnapshotDownloadException(uri.toString(),
								"is larger than the " + megabytes(this.maxBytes) + " a snapshot may have");
					}
					out.write(buffer, 0, n);
				}
				if (total == 0) {
					throw new SnapshotDownloadException(uri.toString(), "answered with an empty body");
				}
			}
		}
		catch (SocketTimeoutException ex) {
			throw new SnapshotDownloadException(uri.toString(), "did not answer in time (" + ex.getMessage() + ")");
		}
		catch (UnknownHostException ex) {
			throw new SnapshotDownloadException(uri.toString(), "names an unknown host");
		}
		catch (IOException ex) {
			throw new SnapshotDownloadException(uri.toString(), "cannot be read: " + ex.getMessage());
		}
		finally {
			if (http != null) {
				http.disconnect();
			}
		}
	}

	private static void notAZip(URI uri, byte[] head, String contentType) {
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return;
		}
		String start = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
		throw new SnapshotDownloadException(uri.toString(),
				"is not a zip archive of a snapshot"
						+ ((contentType != null) ? " (it is " + contentType.split(";")[0].strip() : " (it")
						+ " and begins “" + ((start.length() > 40) ? start.substring(0, 40) + "…" : start) + "”)");
	}

	/**
	 * Unpacks an archive, refusing entries that would land outside the folder and more
	 * content than the bound; returns the archive's comment (GitHub's archives carry
	 * their commit there).
	 */
	private String unpack(URI uri, Path archive, Path into) {
		long budget = this.maxBytes * 10;
		try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path target = into.resolve(entry.getName()).normalize();
				if (!target.startsWith(into)) {
					throw new SnapshotDownloadException(uri.toString(),
							"holds an entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
					byte[] buffer = new byte[64 * 1024];
					for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
						budget -= n;
						if (budget < 0) {
							throw new SnapshotDownloadException(uri.toString(), "unpacks to more than "
									+ megabytes(this.maxBytes * 10) + ", more than a snapshot may hold");
						}
						out.write(buffer, 0, n);
					}
				}
			}
			return zip.getComment();
		}
		catch (ZipException ex) {
			throw new SnapshotDownloadException(uri.toString(), "is not a readable zip archive: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new SnapshotDownloadException(uri.toString(), "cannot be unpacked: " + ex.getMessage());
		}
	}

	/**
	 * Moves what an archive holds into the snapshot folder: a snapshot (visits/ and
	 * travels/, with its snapshot.properties or README), or one dataset's repository.
	 */
	private static void place(URI uri, Path unpacked, Path snapshot, String comment, String[] commits)
			throws IOException {
		String commit = (comment != null && COMMIT.matcher(comment.strip()).matches()) ? comment.strip() : null;
		Path root = find(unpacked, (dir) -> Files.isDirectory(dir.resolve("visits/data"))
				|| Files.isDirectory(dir.resolve("travels/president-travels")));
		if (root != null) {
			for (String name : List.of("visits", "travels", "snapshot.properties", "README.md", "SNAPSHOT.md")) {
				move(root.resolve(name), snapshot.resolve(name));
			}
			return;
		}
		Path visits = find(unpacked, (dir) -> Files.isDirectory(dir.resolve("data"))
				&& !Files.isDirectory(dir.resolve("president-travels")));
		Path travels = find(unpacked, (dir) -> Files.isDirectory(dir.resolve("president-travels")));
		if (travels != null) {
			move(travels, snapshot.resolve("travels"));
			commits[1] = commit;
		}
		else if (visits != null) {
			move(visits, snapshot.resolve("visits"));
			commits[0] = commit;
		}
		else {
			throw new SnapshotDownloadException(uri.toString(),
					"holds neither a snapshot (visits/ and travels/) nor one dataset's repository");
		}
	}

	private static void move(Path from, Path to) throws IOException {
		if (Files.exists(from) && !Files.exists(to)) {
			Files.move(from, to);
		}
	}

	/** The folder, at most three levels down, that passes the test. */
	private static Path find(Path top, java.util.function.Predicate<Path> test) throws IOException {
		try (Stream<Path> dirs = Files.walk(top, 3)) {
			return dirs.filter(Files::isDirectory).filter(test).findFirst().orElse(null);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
	}

	/** An address that yields no snapshot: nothing was imported and nothing is left. */
	static class SnapshotDownloadException extends RuntimeException {

		SnapshotDownloadException(String address, String problem) {
			super(address + " " + problem + "; nothing was imported");
		}

	}

}
