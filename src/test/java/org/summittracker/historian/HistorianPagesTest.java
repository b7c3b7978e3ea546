package org.summittracker.historian;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With both datasets imported, the pages that grow the most (Biden's and Blinken's
 * hundreds of meetings, a nation's hundreds of visits, thousands of summits) still issue
 * at most five statements and show a bounded number of rows.
 */
class HistorianPagesTest extends HistorianTest {

	@Autowired
	private HistorianImports imports;

	@BeforeEach
	void importOnce() {
		imported(this.imports);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "/summits", "/summits?page=50", "/summits/nato-2024-washington", "/summits/g7-2024-apulia",
					"/leaders", "/leaders/joe-biden", "/leaders/antony-john-blinken", "/leaders/recep-tayyip-erdogan",
					"/nations", "/nations/united-kingdom", "/nations/japan", "/organizations/nato" })
	void aPageWithHundredsOfRowsIssuesAtMostFiveStatements(String path) {
		long started = System.nanoTime();
		Counted counted = getCounting(path);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("PAGE " + path + " " + millis + " ms, " + counted.statements() + " statements, "
				+ counted.page().body().length() + " chars");
		assertThat(counted.page().status()).isEqualTo(200);
		assertThat(counted.statements()).isLessThanOrEqualTo(5);
		assertThat(counted.page().html().select("tr").size()).isLessThanOrEqualTo(150);
	}

}
