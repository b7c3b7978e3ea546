package org.summittracker.historian;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.historian.Upstream.Trip;
import org.summittracker.historian.Upstream.Visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotReaderTest {

	/**
	 * The import tests run on the bundled snapshot; it is the real datasets (the copy
	 * beside the checkout, as CI has it), file for file and byte for byte.
	 */
	@Test
	void theBundledSnapshotIsTheRealDatasetsByteForByte() throws java.io.IOException {
		Snapshot bundled = Snapshot.bundled();
		List<Snapshot.Entry> all = new ArrayList<>(bundled.visits());
		all.addAll(bundled.presidentTrips());
		all.addAll(bundled.secretaryTrips());
		all.add(bundled.presidents());
		Snapshot real = Snapshot.folder(SnapshotDownloadTest.DATASETS, null, null);
		assertThat(all).extracting(Snapshot.Entry::path)
			.containsExactlyElementsOf(java.util.stream.Stream
				.of(real.visits(), real.presidentTrips(), real.secretaryTrips(), List.of(real.presidents()))
				.flatMap(List::stream)
				.map(Snapshot.Entry::path)
				.toList());
		for (Snapshot.Entry entry : all) {
			try (InputStream mine = entry.open()) {
				assertThat(mine.readAllBytes()).as(entry.path())
					.isEqualTo(java.nio.file.Files.readAllBytes(SnapshotDownloadTest.DATASETS.resolve(entry.path())));
			}
		}
		assertThat(bundled.visitsCommit()).isEqualTo(real.visitsCommit());
		assertThat(bundled.travelsCommit()).isEqualTo(real.travelsCommit());
	}

	private static Snapshot.Entry file(String path, String xml) {
		return new Snapshot.Entry() {
			@Override
			public String path() {
				return path;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
			}
		};
	}

	private static final String VISIT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<visits>
			    <visit>
			        <id>3137</id>
			        <start-date>2020-01-07</start-date>
			        <end-date>2020-01-07</end-date>
			        <visitor>Prime Minister Kyriakos Mitsotakis</visitor>
			        <from id="greece">Greece</from>
			        <description>Official <em>working</em>
			            visit.</description>
			    </visit>
			</visits>
			""";

	@Test
	void readsAVisitWithItsFileAndLine() {
		List<Visit> visits = new ArrayList<>();
		SnapshotReader.visits(file("visits/data/2020.xml", VISIT), visits::add);
		assertThat(visits).singleElement().satisfies((v) -> {
			assertThat(v.id()).isEqualTo(3137);
			assertThat(v.fromId()).isEqualTo("greece");
			assertThat(v.description()).isEqualTo("Official working visit.");
			assertThat(v.origin().file()).isEqualTo("visits/data/2020.xml");
			assertThat(v.origin().line()).isEqualTo(3);
		});
	}

	@Test
	void readsATripsRoleWhoAndCountry() {
		String xml = """
				<trips>
				    <trip role="president" who="biden-joseph-r">
				        <id>4113</id><role>president</role><name>Joseph R. Biden</name>
				        <start-date>2021-06-09</start-date><end-date>2021-06-13</end-date>
				        <country id="united-kingdom">United Kingdom</country><locale>London, Cornwall</locale>
				        <remarks>Met with Prime Minister Boris Johnson. Attended the G7
				            Summit.</remarks>
				    </trip>
				</trips>""";
		List<Trip> trips = new ArrayList<>();
		SnapshotReader.trips(file("t.xml", xml), trips::add);
		assertThat(trips).singleElement().satisfies((t) -> {
			assertThat(t.who()).isEqualTo("biden-joseph-r");
			assertThat(t.countryId()).isEqualTo("united-kingdom");
			assertThat(t.remarks()).isEqualTo("Met with Prime Minister Boris Johnson. Attended the G7 Summit.");
		});
	}

	@Test
	void refusesAFileThatIsNotWellFormedNamingTheLine() {
		String broken = VISIT.replace("</visitor>", "</visiter>");
		assertThatThrownBy(() -> SnapshotReader.visits(file("visits/data/2020.xml", broken), (v) -> {
		})).isInstanceOf(MalformedSnapshotException.class).hasMessageStartingWith("visits/data/2020.xml, line 7:");
	}

	@Test
	void refusesATruncatedFile() {
		String truncated = VISIT.substring(0, VISIT.indexOf("<from"));
		assertThatThrownBy(() -> SnapshotReader.visits(file("visits/data/2020.xml", truncated), (v) -> {
		})).isInstanceOf(MalformedSnapshotException.class).hasMessageContaining("visits/data/2020.xml, line ");
	}

	@Test
	void refusesARecordWithoutItsDate() {
		String undated = VISIT.replace("<start-date>2020-01-07</start-date>", "<start-date>soon</start-date>");
		assertThatThrownBy(() -> SnapshotReader.visits(file("visits/data/2020.xml", undated), (v) -> {
		})).hasMessage("visits/data/2020.xml, line 3: <start-date> is not a date: soon");
	}

}
