package org.summittracker.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.summittracker.source.DataHorizon;
import org.summittracker.source.Source;
import org.summittracker.source.SourceRepository;
import org.summittracker.summit.RosterCount;
import org.summittracker.summit.SummitRepository;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rosters the data migrations V50 and later record, each row backed by a passage of a
 * page that was read: counts per summit and standing, how complete each summit's member
 * delegations are, named spot checks of the corrections, and that every fact a public
 * page shows has a source.
 */
class RosterSeedTest extends IntegrationTest {

	@Autowired
	SummitRepository summits;

	@Autowired
	DataHorizon horizon;

	@Autowired
	SourceRepository sources;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theAstanaRosterCountsEveryDelegationByStanding() {
		assertThat(rowsByStanding("sco-2024-astana")).containsExactlyInAnyOrderEntriesOf(Map.of("MEMBER", 10L,
				"ACCEDING", 1L, "OBSERVER", 1L, "DIALOGUE_PARTNER", 4L, "GUEST", 1L, "ORGANIZATION", 4L));
		assertThat(rowsByStanding("sco-2025-tianjin")).containsExactlyInAnyOrderEntriesOf(
				Map.of("MEMBER", 10L, "OBSERVER", 1L, "DIALOGUE_PARTNER", 7L, "GUEST", 5L, "ORGANIZATION", 4L));
		assertThat(rowsByStanding("g7-2024-apulia"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("MEMBER", 7L, "ORGANIZATION", 2L, "GUEST", 12L));
	}

	@Test
	void eachOrganizationSummitSaysHowManyMemberDelegationsAreRecorded() {
		Map<String, RosterCount> counts = this.summits
			.findRosterCounts(List.of("sco-2023-new-delhi", "sco-2024-astana", "sco-2025-tianjin", "g7-2023-hiroshima",
					"g7-2024-apulia", "g7-2025-kananaskis", "nato-2023-vilnius", "nato-2025-the-hague",
					"nato-2024-washington"))
			.stream()
			.collect(Collectors.toMap((r) -> r.summit().slug(), Function.identity()));

		assertThat(figure(counts, "sco-2023-new-delhi")).isEqualTo("9 of 9");
		assertThat(figure(counts, "sco-2024-astana")).isEqualTo("10 of 10");
		assertThat(figure(counts, "sco-2025-tianjin")).isEqualTo("10 of 10");
		assertThat(figure(counts, "g7-2023-hiroshima")).isEqualTo("7 of 7");
		assertThat(figure(counts, "g7-2024-apulia")).isEqualTo("7 of 7");
		assertThat(figure(counts, "g7-2025-kananaskis")).isEqualTo("7 of 7");
		// NATO's rosters as far as the pages read name the delegations (V56, V70, V90):
		// Vilnius complete, The Hague without Lithuania
		assertThat(figure(counts, "nato-2023-vilnius")).isEqualTo("31 of 31");
		assertThat(figure(counts, "nato-2025-the-hague")).isEqualTo("31 of 32");
		assertThat(counts.get("nato-2024-washington").members()).isEqualTo(32);
		// Washington in the seed: the host, Türkiye and Romania (V113), the one member
		// the
		// Office of the Historian import does not link to it; the import adds the other
		// 29
		assertThat(figure(counts, "nato-2024-washington")).isEqualTo("3 of 32");
	}

	@Test
	void theNatoDelegationsNameTheLeaderAndTheOfficeHeldOnTheDay() {
		assertThat(this.jdbc.queryForList(
				"""
						select s.slug || ' ' || n.iso_alpha2 || ' ' || p.name || ', ' || o.title
						from attendance a join summit s on s.id = a.summit_id join nation n on n.id = a.nation_id
						join person p on p.id = a.person_id join office o on o.id = a.office_id
						where p.slug in ('andrzej-duda', 'jonas-gahr-store', 'mark-rutte', 'petr-pavel') and a.standing = 'MEMBER'
						order by s.start_date, n.iso_alpha2""",
				String.class))
			.containsExactly("nato-2023-vilnius CZ Petr Pavel, President of the Czech Republic",
					"nato-2023-vilnius NL Mark Rutte, Prime Minister of the Netherlands",
					"nato-2023-vilnius NO Jonas Gahr Støre, Prime Minister of Norway",
					"nato-2023-vilnius PL Andrzej Duda, President of Poland",
					"nato-2025-the-hague CZ Petr Pavel, President of the Czech Republic",
					"nato-2025-the-hague NO Jonas Gahr Støre, Prime Minister of Norway",
					"nato-2025-the-hague PL Andrzej Duda, President of Poland");
		// the members no page that was read names a leader for: not recorded, not absent
		assertThat(this.jdbc.queryForList("""
				select s.slug || ' ' || n.iso_alpha2 from summit s, membership m
				join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
				where s.slug in ('nato-2023-vilnius', 'nato-2025-the-hague') and o.acronym = 'NATO'
				  and m.standing = 'MEMBER' and m.start_date <= s.start_date
				  and (m.end_date is null or m.end_date >= s.start_date)
				  and not exists (select 1 from attendance a where a.summit_id = s.id and a.nation_id = n.id)
				order by 1""", String.class)).containsExactly("nato-2025-the-hague LT");
	}

	@Test
	void everySeededSourceHasAnAddressAndADateOrTheDateItWasRead() {
		assertThat(this.jdbc.queryForObject("select count(*) from source where url is null", Long.class)).isZero();
		// the date the page shows, or (undated pages) a citation quoting it with the day
		// it was read; since V103 no seeded source has neither
		assertThat(this.jdbc.queryForList("""
				select s.title from source s where s.published_on is null
				and not exists (select 1 from citation c where c.source_id = s.id and c.accessed is not null)
				order by s.title""", String.class)).isEmpty();
		assertThat(this.jdbc.queryForObject("""
				select c.quote from citation c join source s on s.id = c.source_id join summit m on m.id = c.summit_id
				where s.title = '51st G7 summit' and m.slug = 'g7-2025-kananaskis'""", String.class))
			.contains("held from 16 to 17 June 2025 in Kananaskis");
	}

	@Test
	void theCorrectedFactsReadAsTheirSourcesSay() {
		assertThat(this.jdbc.queryForList(
				"select status from summit where slug like '%-2024-astana' and parent_id is not null", String.class))
			.containsExactly("HELD", "HELD");
		assertThat(this.jdbc.queryForObject("select kind from office where slug = 'president-of-iran'", String.class))
			.isEqualTo("HEAD_OF_GOVERNMENT");
		assertThat(this.jdbc.queryForObject("""
				select o.title from attendance a join office o on o.id = a.office_id
				join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				where s.slug = 'sco-2024-astana' and p.slug = 's-jaishankar'""", String.class))
			.isEqualTo("Minister of External Affairs of India");
		assertThat(this.jdbc.queryForObject(
				"""
						select a.capacity from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
						where s.slug = 'sco-2024-astana' and p.slug = 'mohammad-mokhber'""",
				String.class))
			.isEqualTo("HEAD_OF_GOVERNMENT");
		assertThat(this.jdbc.queryForObject(
				"select url from source where title = 'Putin, Xi meet to bolster alliance against West ahead of NATO summit'",
				String.class))
			.startsWith("https://");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from attendance where note = 'The article names only the country.'", Long.class))
			.isZero();
	}

	@Test
	void officeHoldersAndStandingsRunToTheLatestSourcedChange() {
		assertThat(this.jdbc.queryForObject(
				"""
						select t.start_date from tenure t join person p on p.id = t.person_id join office o on o.id = t.office_id
						where p.slug = 'mark-rutte' and o.slug = 'secretary-general-of-nato'""",
				LocalDate.class))
			.isEqualTo(LocalDate.of(2024, 10, 1));
		assertThat(this.jdbc.queryForObject("""
				select t.start_date from tenure t join person p on p.id = t.person_id
				where p.slug = 'donald-trump' and t.end_date is null""", LocalDate.class))
			.isEqualTo(LocalDate.of(2025, 1, 20));
		assertThat(this.jdbc.queryForList("""
				select n.iso_alpha2 || ' ' || m.standing || ' ' || coalesce(m.end_date::text, 'open')
				from membership m join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
				where o.acronym = 'SCO' and n.iso_alpha2 in ('MN', 'LA') order by n.iso_alpha2, m.start_date""",
				String.class))
			.containsExactly("LA DIALOGUE_PARTNER open", "MN OBSERVER 2025-08-31", "MN DIALOGUE_PARTNER open");
		assertThat(this.horizon.asOf()).isEqualTo(LocalDate.of(2025, 9, 2));
	}

	@Test
	void theAsOfDateMovesWhenAnEditorSavesALaterSourceAndBackWhenItIsDeleted() {
		LocalDate before = this.horizon.asOf();
		Source later = this.transactions.execute((status) -> this.sources.save(new Source("Test later report",
				"Test publisher", "https://example.org/later", PartialDate.day(2026, 1, 15))));

		assertThat(this.horizon.asOf()).isEqualTo(LocalDate.of(2026, 1, 15));

		this.transactions
			.executeWithoutResult((status) -> this.sources.delete(this.sources.findById(later.getId()).orElseThrow()));
		assertThat(this.horizon.asOf()).isEqualTo(before);
	}

	@Test
	void everyFactThePublicPagesShowHasASourceWithAnAddress() {
		for (String table : List.of("summit", "attendance", "membership", "tenure")) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from " + table
							+ " r where not exists (select 1 from citation c where c.%s_id = r.id)".formatted(table),
					Long.class))
				.as("%s rows without a citation", table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from source where url is null", Long.class)).isZero();
		// a held or missed attendance is backed by a source that says so, not only by a
		// claim
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from attendance a where a.status in ('ATTENDED', 'ABSENT', 'DECLINED')
						and not exists (select 1 from citation c where c.attendance_id = a.id and c.claimed_status = a.status)""",
				Long.class))
			.isZero();
		// the citations the data migrations wrote quote their passage and say when the
		// page was read
		assertThat(this.jdbc.queryForObject("""
				select count(*) from citation c join source s on s.id = c.source_id
				where c.accessed is not null and (c.quote is null or length(trim(c.quote)) = 0)""", Long.class))
			.isZero();
	}

	private Map<String, Long> rowsByStanding(String slug) {
		return this.jdbc.queryForList("""
				select a.standing, count(*) as rows from attendance a join summit s on s.id = a.summit_id
				where s.slug = ? group by a.standing""", slug)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("standing"), (row) -> (Long) row.get("rows")));
	}

	private static String figure(Map<String, RosterCount> counts, String slug) {
		RosterCount count = counts.get(slug);
		return count.recorded() + " of " + count.members();
	}

}
