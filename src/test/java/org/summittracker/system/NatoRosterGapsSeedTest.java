package org.summittracker.system;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NATO member delegations V90 adds to Vilnius (2023) and The Hague (2025): who led
 * each, with the office held on the day, attended as a page read at or after the summit
 * says, each citation quoting its passage; people already recorded are reused, not typed
 * twice.
 */
class NatoRosterGapsSeedTest extends IntegrationTest {

	@Test
	void theFilledGapsNameTheLeaderAndTheOfficeHeldOnTheDay() {
		assertThat(this.jdbc.queryForList("""
				select s.slug || ' ' || n.iso_alpha2 || ' ' || p.name || ', ' || o.title || ' ' || a.capacity
				       || ' ' || a.status
				from attendance a join summit s on s.id = a.summit_id join nation n on n.id = a.nation_id
				join person p on p.id = a.person_id join office o on o.id = a.office_id
				where a.standing = 'MEMBER' and (s.slug, n.iso_alpha2) in (('nato-2023-vilnius', 'BG'),
				  ('nato-2023-vilnius', 'DK'), ('nato-2023-vilnius', 'IS'), ('nato-2023-vilnius', 'SI'),
				  ('nato-2025-the-hague', 'AL'), ('nato-2025-the-hague', 'BG'), ('nato-2025-the-hague', 'HR'),
				  ('nato-2025-the-hague', 'LV'))
				order by s.start_date, n.iso_alpha2""", String.class)).containsExactly(
				"nato-2023-vilnius BG Nikolay Denkov, Prime Minister of Bulgaria HEAD_OF_GOVERNMENT ATTENDED",
				"nato-2023-vilnius DK Mette Frederiksen, Prime Minister of Denmark HEAD_OF_GOVERNMENT ATTENDED",
				"nato-2023-vilnius IS Katrín Jakobsdóttir, Prime Minister of Iceland HEAD_OF_GOVERNMENT ATTENDED",
				"nato-2023-vilnius SI Robert Golob, Prime Minister of Slovenia HEAD_OF_GOVERNMENT ATTENDED",
				"nato-2025-the-hague AL Edi Rama, Prime Minister of Albania HEAD_OF_GOVERNMENT ATTENDED",
				"nato-2025-the-hague BG Rosen Zhelyazkov, Prime Minister of Bulgaria HEAD_OF_GOVERNMENT ATTENDED",
				"nato-2025-the-hague HR Zoran Milanović, President of Croatia HEAD_OF_STATE ATTENDED",
				"nato-2025-the-hague LV Edgars Rinkēvičs, President of Latvia HEAD_OF_STATE ATTENDED");
	}

	@Test
	void eachNewRowIsBackedByAQuotedPassageReadOnTheDayTheSourcesWereRead() {
		assertThat(this.jdbc.queryForList("""
				select s.slug || ' ' || p.slug || ' ' || src.url
				from citation c join attendance a on a.id = c.attendance_id join summit s on s.id = a.summit_id
				join person p on p.id = a.person_id join source src on src.id = c.source_id
				where c.claimed_status = 'ATTENDED' and c.accessed = date '2026-12-01' and length(c.quote) > 40
				  and p.slug in ('nikolay-denkov', 'katrin-jakobsdottir', 'rosen-zhelyazkov', 'edgars-rinkevics')
				order by 1""", String.class)).containsExactly(
				"nato-2023-vilnius katrin-jakobsdottir http://varnish-7.visir.is/g/20232439081d/katrin-nadi-ad-skreppa-i-baeinn",
				"nato-2023-vilnius nikolay-denkov https://novini.bg/bylgariya/politika/791072",
				"nato-2023-vilnius nikolay-denkov https://vesti.bg/bulgaria/denkov-ot-vilnius-ukrajna-shte-stane-chlen-na-nato-kogato-obstoiatelstvata-pozvoliavat-6172789",
				"nato-2025-the-hague edgars-rinkevics https://bb.lv/statja/politika/2025/06/28/you-are-the-good-guys-tramp-oblaskal-rinkevica-na-sammite-nato",
				"nato-2025-the-hague rosen-zhelyazkov https://www.novinite.com/view_news.php?id=233067");
		assertThat(this.jdbc.queryForObject("""
				select c.quote from citation c join attendance a on a.id = c.attendance_id
				join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				where s.slug = 'nato-2025-the-hague' and p.slug = 'zoran-milanovic'""", String.class)).startsWith(
				"The President of the Republic Zoran Milanović participated today in the NATO summit held in The Hague");
		assertThat(this.jdbc.queryForObject(
				"""
						select published_on::text || ' ' || published_precision from source
						where title = 'End of the NATO Summit in Vilnius: Slovenia will be actively involved in seeking peace in Ukraine'""",
				String.class))
			.isEqualTo("2023-07-12 DAY");
	}

	@Test
	void leadersAtBothSummitsAreOnePersonWithOneRowPerSummitAndNation() {
		// Frederiksen, Golob, Rama and Milanović were recorded by V70 at the other summit
		assertThat(this.jdbc.queryForList("""
				select p.name || ' ' || count(distinct p.id) || ' ' || count(a.id)
				from person p join attendance a on a.person_id = p.id join summit s on s.id = a.summit_id
				where s.slug in ('nato-2023-vilnius', 'nato-2025-the-hague')
				  and p.name in ('Mette Frederiksen', 'Robert Golob', 'Edi Rama', 'Zoran Milanović')
				group by p.name order by p.name""", String.class)).containsExactly("Edi Rama 1 2",
				"Mette Frederiksen 1 2", "Robert Golob 1 2", "Zoran Milanović 1 2");
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from (select a.summit_id, a.nation_id from attendance a join summit s on s.id = a.summit_id
						  where s.slug in ('nato-2023-vilnius', 'nato-2025-the-hague') and a.standing = 'MEMBER'
						  group by a.summit_id, a.nation_id having count(*) > 1) twice""",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from office where slug = 'prime-minister-of-bulgaria'",
				Long.class))
			.isOne();
	}

}
