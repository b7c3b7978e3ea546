package org.summittracker.historian;

import org.junit.jupiter.api.Test;
import org.summittracker.historian.VisitorNames.Rank;
import org.summittracker.historian.VisitorNames.Titled;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorNamesTest {

	@Test
	void splitsTitlesFromNamesEvenWhenFused() {
		assertThat(VisitorNames.title("Prime Minister Kishida Fumio"))
			.isEqualTo(new Titled("Prime Minister", "Kishida Fumio", Rank.HEAD_OF_GOVERNMENT));
		assertThat(VisitorNames.title("Prime MinisterHaidar al- Abadi").name()).isEqualTo("Haidar al-Abadi");
		assertThat(VisitorNames.title("President-elect Vicente Fox").title()).isEqualTo("President-elect");
		assertThat(VisitorNames.title("Prime Minster Adrian Nastase").title()).isEqualTo("Prime Minister");
		assertThat(VisitorNames.visitors("President Andrzej Duda and Prime Minister Donald Tusk"))
			.extracting(Titled::name)
			.containsExactly("Andrzej Duda", "Donald Tusk");
	}

	@Test
	void keysIgnoreAccentsCaseOrderAndHonorifics() {
		assertThat(VisitorNames.key("Kishida Fumio")).isEqualTo(VisitorNames.key("Fumio Kishida"));
		assertThat(VisitorNames.key("Recep Tayyip Erdogan")).isEqualTo(VisitorNames.key("Recep Tayyip Erdoğan"));
		assertThat(VisitorNames.key("Sheikh Hasina")).isEqualTo("hasina");
		assertThat(VisitorNames.looseKey("Klaus Werner Iohannis")).isEqualTo(VisitorNames.looseKey("Klaus Iohannis"));
		assertThat(VisitorNames.key("Klaus Werner Iohannis")).isNotEqualTo(VisitorNames.key("Klaus Iohannis"));
	}

	@Test
	void aMonarchKnownByOneNameKeepsTheTitle() {
		assertThat(VisitorNames.personName(VisitorNames.title("King Hussein"))).isEqualTo("King Hussein");
		assertThat(VisitorNames.personName(VisitorNames.title("Chancellor Adenauer"))).isEqualTo("Adenauer");
	}

	@Test
	void findsTheSummitsARecordSaysWereAttended() {
		assertThat(SummitMentions.in("Met with King Philippe. Attended the NATO Summit.", false))
			.extracting(SummitMentions.Mention::acronym)
			.containsExactly("NATO");
		assertThat(SummitMentions.in("Attended the G-20 Economic Summit Meeting.", true))
			.extracting(SummitMentions.Mention::acronym)
			.containsExactly("G20");
		assertThat(SummitMentions.in("Attended NATO Foreign Ministers meeting.", false)).isEmpty();
		assertThat(SummitMentions.in("Discussed preparations for the G7 Summit.", false)).isEmpty();
		assertThat(SummitMentions.in("Attended the Nuclear Security Summit.", true))
			.extracting(SummitMentions.Mention::meeting)
			.containsExactly("Nuclear Security Summit");
	}

}
