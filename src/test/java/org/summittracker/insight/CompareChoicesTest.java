package org.summittracker.insight;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare form offers at most {@link SummitComparison#CHOICES} summits however many
 * there are: the chosen ones, then the newest or those whose name holds the typed words,
 * without script.
 */
class CompareChoicesTest extends IntegrationTest {

	private static final int MANY = SummitComparison.CHOICES + 50;

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from summit where slug like 'test-compare-%'");
	}

	@Test
	void theFormOffersABoundedListWithTheChosenAndTheSearchedSummits() {
		long before = getCounting("/compare/summits").statements();
		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				select 'test-compare-' || g, 'Test compare talks ' || g, 'BILATERAL_MEETING', date '1950-01-01' + g,
				       date '1950-01-01' + g, 'HELD'
				from generate_series(1, ?) g""", MANY);

		Counted plain = getCounting("/compare/summits");
		Page chosen = get("/compare/summits?s=test-compare-1&s=sco-2024-astana");
		Page searched = get("/compare/summits?q=compare+talks+7");

		// the empty choice, then the summits
		assertThat(plain.page().html().select("select#summit-1 option")).hasSize(SummitComparison.CHOICES + 1);
		assertThat(plain.page().html().select("select#summit-1 option").eachAttr("value")).contains("sco-2024-astana")
			.doesNotContain("test-compare-1");
		assertThat(plain.statements()).isEqualTo(before);
		assertThat(chosen.html().select("select#summit-1 option[selected]").val()).isEqualTo("test-compare-1");
		assertThat(chosen.html().select("select#summit-1 option")).hasSize(SummitComparison.CHOICES + 1);
		assertThat(searched.html().select("select#summit-1 option").eachText().subList(1, 12))
			.allSatisfy((label) -> assertThat(label).startsWith("Test compare talks 7"));
		assertThat(searched.html().select("input#compare-words").val()).isEqualTo("compare talks 7");
	}

	@Test
	void typedWordsAreMatchedLiterally() {
		Page page = get("/compare/summits?q=%25");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("select#summit-1 option")).hasSize(1);
	}

	@Test
	void theChosenComeFirstNewestFirstAndOnlyOnce() {
		this.jdbc.update("""
				insert into summit (slug, name, kind, start_date, end_date, status)
				select 'test-compare-' || g, 'Test compare talks ' || g, 'BILATERAL_MEETING', date '1950-01-01' + g,
				       date '1950-01-01' + g, 'HELD'
				from generate_series(1, ?) g""", MANY);

		List<String> values = get("/compare/summits?s=test-compare-1&s=sco-2024-astana").html()
			.select("select#summit-1 option")
			.eachAttr("value");

		assertThat(values.subList(0, 3)).containsExactly("", "sco-2024-astana", "test-compare-1");
		assertThat(values).doesNotHaveDuplicates().hasSize(SummitComparison.CHOICES + 1);
		// then the newest others: the seed's latest summit or meeting
		String newest = this.jdbc.queryForObject("""
				select slug from summit where slug not in ('sco-2024-astana', 'test-compare-1')
				order by start_date desc, name limit 1""", String.class);
		assertThat(values.get(3)).isEqualTo(newest);
	}

}
