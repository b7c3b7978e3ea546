package org.summittracker.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One snapshot of both datasets: the bundled one under {@code classpath:historian/} or a
 * folder laid out like it ({@code visits/data/*.xml}, {@code travels/president-travels},
 * {@code travels/secretary-travels}, {@code travels/presidents/presidents.xml}), with the
 * upstream commit of each dataset (from {@code snapshot.properties}, or the table of the
 * folder's {@code README.md}). A downloaded snapshot's folder is {@code temporary}: the
 * import deletes it when done.
 */
record Snapshot(String origin, String visitsCommit, String travelsCommit, List<Entry> visits,
		List<Entry> presidentTrips, List<Entry> secretaryTrips, Entry presidents, Path temporary) {

	/** The commit given when a folder does not say which one it holds. */
	static final String UNKNOWN_COMMIT = "unknown";

	/** One file, by its path relative to the snapshot's root. */
	interface Entry {

		String path();

		InputStream open() throws IOException;

	}

	int fileCount() {
		return this.visits.size() + this.presidentTrips.size() + this.secretaryTrips.size() + 1;
	}

	/** The snapshot bundled with the app (the datasets' pinned commits). */
	static Snapshot bundled() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				Snapshot.class.getClassLoader());
		try {
			Properties commits = new Properties();
			try (InputStream in = resolver.getResource("classpath:historian/snapshot.properties").getInputStream()) {
				commits.load(in);
			}
			return new Snapshot("bundled snapshot", commits.getProperty("visits.commit", UNKNOWN_COMMIT),
					commits.getProperty("travels.commit", UNKNOWN_COMMIT), resources(resolver, "visits/data/*.xml"),
					resources(resolver, "travels/president-travels/*.xml"),
					resources(resolver, "travels/secretary-travels/*.xml"),
					resources(resolver, "travels/presidents/presidents.xml").get(0), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled snapshot cannot be read", ex);
		}
	}

	private static List<Entry> resources(PathMatchingResourcePatternResolver resolver, String pattern)
			throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (Resource resource : resolver.getResources("classpath*:historian/" + pattern)) {
			String path = pattern.substring(0, pattern.lastIndexOf('/') + 1) + resource.getFilename();
			entries.add(new Entry() {
				@Override
				public String path() {
					return path;
				}

				@Override
				public InputStream open() throws IOException {
					return resource.getInputStream();
				}
			});
		}
		if (entries.isEmpty()) {
			throw new IOException("No files match historian/" + pattern);
		}
		entries.sort(Comparator.comparing(Entry::path));
		return entries;
	}

	/**
	 * A snapshot in a folder. Commits given here win; otherwise they come from the
	 * folder's {@code snapshot.properties} or {@code README.md}.
	 * @throws MalformedSnapshotException when the folder lacks a dataset
	 */
	static Snapshot folder(Path root, String visitsCommit, String travelsCommit) {
		if (!Files.isDirectory(root)) {
			throw new MalformedSnapshotException(root.toString(), 0, "is not a folder");
		}
		String[] commits = commitsIn(root);
		Path presidents = root.resolve("travels/presidents/presidents.xml");
		if (!Files.isRegularFile(presidents)) {
			throw new MalformedSnapshotException("travels/presidents/presidents.xml", 0,
					"is missing from " + root + ": a snapshot holds visits/ and travels/ as the datasets do");
		}
		return new Snapshot(root.toAbsolutePath().toString(), blankTo(visitsCommit, commits[0]),
				blankTo(travelsCommit, commits[1]), files(root, "visits/data"),
				files(root, "travels/president-travels"), files(root, "travels/secretary-travels"),
				file(root, "travels/presidents/presidents.xml"), null);
	}

	/**
	 * This snapshot as downloaded from an address into a temporary folder, which
	 * {@link #discard()} deletes.
	 */
	Snapshot downloaded(String address, Path folder) {
		return new Snapshot(address, this.visitsCommit, this.travelsCommit, this.visits, this.presidentTrips,
				this.secretaryTrips, this.presidents, folder);
	}

	/** Deletes a downloaded snapshot's temporary folder; nothing for any other. */
	void discard() {
		SnapshotDownload.discard(this.temporary);
	}

	private static String blankTo(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static List<Entry> files(Path root, String folder) {
		Path dir = root.resolve(folder);
		if (!Files.isDirectory(dir)) {
			throw new MalformedSnapshotException(folder, 0, "is missing from " + root);
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.filter((p) -> p.getFileName().toString().endsWith(".xml"))
				.sorted()
				.map((p) -> file(root, root.relativize(p).toString().replace('\\', '/')))
				.toList();
		}
		catch (IOException ex) {
			throw new MalformedSnapshotException(folder, 0, "cannot be listed: " + ex.getMessage());
		}
	}

	private static Entry file(Path root, String relative) {
		Path path = root.resolve(relative);
		return new Entry() {
			@Override
			public String path() {
				return relative;
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(path);
			}
		};
	}

	private static final Pattern README_COMMIT = Pattern
		.compile("\\|\\s*`(visits|travels)/`\\s*\\|[^|]*\\|\\s*([0-9a-f]{40})");

	private static String[] commitsIn(Path root) {
		String[] commits = { UNKNOWN_COMMIT, UNKNOWN_COMMIT };
		try {
			Path properties = root.resolve("snapshot.properties");
			if (Files.isRegularFile(properties)) {
				Properties p = new Properties();
				try (InputStream in = Files.newInputStream(properties)) {
					p.load(in);
				}
				commits[0] = p.getProperty("visits.commit", UNKNOWN_COMMIT);
				commits[1] = p.getProperty("travels.commit", UNKNOWN_COMMIT);
				return commits;
			}
			for (String readme : List.of("README.md", "SNAPSHOT.md")) {
				Path file = root.resolve(readme);
				if (Files.isRegularFile(file)) {
					Matcher m = README_COMMIT.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (m.find()) {
						commits[m.group(1).equals("visits") ? 0 : 1] = m.group(2);
					}
				}
			}
		}
		catch (IOException ex) {
			// the commits stay unknown; the import still cites the pages
		}
		return commits;
	}

}
