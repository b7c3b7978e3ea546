package org.summittracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV downloads are safe to open in a spreadsheet: no cell is evaluated as a formula. */
class CsvFormulaTest extends IntegrationTest {

	record Cell(String text, Integer count, Double longitude) {
	}

	@AfterEach
	void removeTestNation() {
		this.jdbc.update("delete from nation where slug = 'formula-land'");
	}

	@Test
	void textCellsThatStartLikeAFormulaGetALeadingApostropheAndNumbersStayNumbers() {
		String csv = CsvTables.write(Table.of(Cell.class,
				List.of(new Cell("=cmd|' /C calc'!A0", 1, -74.0), new Cell("+SUM(A1)", -3, 12.5),
						new Cell("-2+3", 0, null), new Cell("@SUM(1)", null, null), new Cell("\tTab", null, null),
						new Cell("\rReturn", null, null), new Cell("Plain = text", null, null),
						new Cell("", null, null))));

		List<List<String>> rows = parse(csv);
		assertThat(rows.get(0)).containsExactly("text", "count", "longitude");
		assertThat(rows.subList(1, rows.size())).containsExactly(List.of("'=cmd|' /C calc'!A0", "1", "-74.0"),
				List.of("'+SUM(A1)", "-3", "12.5"), List.of("'-2+3", "0", ""), List.of("'@SUM(1)", "", ""),
				List.of("'\tTab", "", ""), List.of("'\rReturn", "", ""), List.of("Plain = text", "", ""),
				List.of("", "", ""));
	}

	static List<List<String>> parse(String csv) {
		try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
			return parser.getRecords().stream().map(CSVRecord::toList).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aNameTypedAsAFormulaIsExportedAsText() {
		this.jdbc.update("insert into nation (slug, name, iso_alpha2, iso_alpha3) values ('formula-land', "
				+ "'=HYPERLINK(\"http://example.com\")', 'QZ', 'QZX')");

		Page csv = get("/nations.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(parse(csv.body()))
			.anySatisfy((row) -> assertThat(row).contains("'=HYPERLINK(\"http://example.com\")"))
			.noneSatisfy((row) -> assertThat(row).anyMatch((cell) -> cell.startsWith("=")));
	}

}
