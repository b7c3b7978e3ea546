package org.summittracker.system;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starts of the SCO's dialogue partnerships V106 sources (the eight the seed held
 * without one) and the heads of international organizations it records at the SCO summits
 * of 2023–2025: each start with the precision its page gives, each row backed by a quoted
 * passage read on 1 December 2026.
 */
class ScoPartnersSeedTest extends IntegrationTest {

	@Test
	void noScoStandingIsLeftWithAnUnknownStart() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from membership m join organization o on o.id = m.organization_id
				where o.acronym = 'SCO' and m.start_date is null""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from membership m join organization o on o.id = m.organization_id
				where o.acronym = 'SCO' and m.standing = 'DIALOGUE_PARTNER' and m.end_date is null""", Long.class))
			.as("14 dialogue partners, Mongolia, Afghanistan and Laos as partners since Tianjin")
			.isEqualTo(17);
	}

	@Test
	void eachPartnershipStartsWhenItsMemorandumWasSignedWithThePrecisionItsPageGives() {
		assertThat(this.jdbc.queryForList("""
				select n.iso_alpha2 || ' ' || partial_date_iso(m.start_date, m.start_precision)
				from membership m join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
				where o.acronym = 'SCO' and m.standing = 'DIALOGUE_PARTNER'
				  and n.iso_alpha2 in ('EG', 'QA', 'SA', 'KW', 'AE', 'MV', 'MM', 'BH')
				order by m.start_date, n.iso_alpha2""", String.class)).containsExactly("EG 2022-09-14", "QA 2022-09-14",
				"BH 2023", "SA 2023-03", "AE 2023-05", "KW 2023-05", "MM 2023-05", "MV 2023-05");
	}

	@Test
	void eachStartIsBackedByAQuotedPassageReadOnTheDay() {
		assertThat(this.jdbc.queryForList("""
				select n.iso_alpha2 || ' ' || s.publisher
				from citation c join source s on s.id = c.source_id join membership m on m.id = c.membership_id
				join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
				where o.acronym = 'SCO' and c.accessed = date '2026-12-01' and c.quote is not null
				  and n.iso_alpha2 in ('EG', 'SA', 'BH')
				  and s.publisher not like 'TASS%'
				order by n.iso_alpha2, c.id""", String.class)).containsExactlyInAnyOrder("BH UrduPoint (Sputnik)",
				"BH Libyan News Wire (Bahrain News Agency)", "EG News Ghana", "SA Gulf News", "SA UrduPoint (Sputnik)");
		assertThat(this.jdbc.queryForObject(
				"""
						select c.quote from citation c join source s on s.id = c.source_id join membership m on m.id = c.membership_id
						join nation n on n.id = m.nation_id
						where n.iso_alpha2 = 'QA' and s.publisher = 'News Ghana'""",
				String.class))
			.contains("On September 14, 2022, in Tashkent");
	}

	@Test
	void theHeadsOfOrganizationsTheReportsNameAreRecordedAsThePagesSay() {
		assertThat(this.jdbc.queryForList("""
				select s.slug || ' ' || p.name || ', ' || o.title || ' (' || g.acronym || ') ' || a.status
				from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				join office o on o.id = a.office_id join organization g on g.id = a.organization_id
				where a.standing = 'ORGANIZATION' and g.acronym in ('CSTO', 'CIS', 'ASEAN')
				order by s.start_date, p.name""", String.class)).containsExactly(
				"sco-2023-new-delhi Imangali Tasmagambetov, Secretary General of the Collective Security Treaty Organization (CSTO) ATTENDED",
				"sco-2024-astana Imangali Tasmagambetov, Secretary General of the Collective Security Treaty Organization (CSTO) EXPECTED",
				"sco-2024-astana Sergey Lebedev, Secretary General of the Commonwealth of Independent States (CIS) EXPECTED",
				"sco-2025-tianjin Kao Kim Hourn, Secretary-General of ASEAN (ASEAN) ATTENDED",
				"sco-2025-tianjin Sergey Lebedev, Secretary General of the Commonwealth of Independent States (CIS) EXPECTED");
		assertThat(this.jdbc.queryForList("""
				select a.capacity || ' ' || count(*) from attendance a join organization g on g.id = a.organization_id
				where g.acronym in ('CSTO', 'CIS', 'ASEAN') group by a.capacity""", String.class))
			.containsExactly("HEAD_OF_ORGANIZATION 5");
	}

	@Test
	void anAttendedHeadIsBackedByAPageFromTheSummitAndAnExpectedOneByAnAnnouncement() {
		assertThat(this.jdbc.queryForList("""
				select s.slug || ' ' || p.slug || ' ' || c.claimed_status || ' ' || src.publisher
				from citation c join source src on src.id = c.source_id join attendance a on a.id = c.attendance_id
				join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				where p.slug in ('imangali-tasmagambetov', 'sergey-lebedev', 'kao-kim-hourn')
				  and c.accessed = date '2026-12-01' and length(c.quote) > 40
				order by s.start_date, p.slug, c.id""", String.class)).containsExactlyInAnyOrder(
				"sco-2023-new-delhi imangali-tasmagambetov EXPECTED Collective Security Treaty Organization",
				"sco-2023-new-delhi imangali-tasmagambetov ATTENDED Collective Security Treaty Organization",
				"sco-2024-astana imangali-tasmagambetov EXPECTED TASS", "sco-2024-astana sergey-lebedev EXPECTED TASS",
				"sco-2025-tianjin kao-kim-hourn EXPECTED TASS (republished by infopulsenow.site)",
				"sco-2025-tianjin kao-kim-hourn EXPECTED People's Daily Online (Xinhua)",
				"sco-2025-tianjin kao-kim-hourn ATTENDED People's Daily Online",
				"sco-2025-tianjin sergey-lebedev EXPECTED TASS (republished by infopulsenow.site)");
	}

	@Test
	void theSummitPagesListTheNamedHeads() {
		Page tianjin = get("/summits/sco-2025-tianjin");
		assertThat(tianjin.status()).isEqualTo(200);
		assertThat(tianjin.text()).contains("Kao Kim Hourn", "Sergey Lebedev");
		assertThat(get("/summits/sco-2023-new-delhi").text()).contains("Imangali Tasmagambetov");
	}

	@Test
	void theOrganizationsTheHeadsRepresentHaveAPageThatShowsNoMembers() {
		Page csto = get("/organizations/csto");

		assertThat(csto.status()).isEqualTo(200);
		assertThat(csto.text()).contains("Collective Security Treaty Organization");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from membership m join organization o on o.id = m.organization_id
				where o.acronym in ('CSTO', 'CIS', 'ASEAN')""", Long.class)).isZero();
	}

}
