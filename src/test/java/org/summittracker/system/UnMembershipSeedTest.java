package org.summittracker.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.IntegrationTest.Counted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The United Nations' 193 member states that V95 records, each with its day of admission
 * and the rows of the lists it was read from; the nations it adds for them with their
 * cited identifiers; and the organization page listing them all over real HTTP.
 */
class UnMembershipSeedTest extends IntegrationTest {

	@Test
	void everyMemberStateIsRecordedWithItsDayOfAdmission() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from membership m join organization o on o.id = m.organization_id
				where o.acronym = 'UN' and m.standing = 'MEMBER' and m.end_date is null
				  and m.start_precision = 'DAY'
				""", Long.class)).isEqualTo(193);
		assertThat(this.jdbc.queryForObject("""
				select count(distinct m.nation_id) from membership m join organization o on o.id = m.organization_id
				where o.acronym = 'UN'
				""", Long.class)).isEqualTo(193);
	}

	@Test
	void namedDatesOfAdmission() {
		assertThat(admitted("US")).isEqualTo(LocalDate.of(1945, 10, 24));
		assertThat(admitted("CN")).isEqualTo(LocalDate.of(1945, 10, 24));
		assertThat(admitted("SS")).isEqualTo(LocalDate.of(2011, 7, 14));
		assertThat(admitted("ME")).isEqualTo(LocalDate.of(2006, 6, 28));
		assertThat(admitted("CH")).isEqualTo(LocalDate.of(2002, 9, 10));
		assertThat(admitted("DE")).isEqualTo(LocalDate.of(1973, 9, 18));
		assertThat(admitted("JP")).isEqualTo(LocalDate.of(1956, 12, 18));
		assertThat(admitted("AU")).isEqualTo(LocalDate.of(1945, 11, 1));
		assertThat(admitted("TH")).isEqualTo(LocalDate.of(1946, 12, 16));
		assertThat(admitted("RS")).isEqualTo(LocalDate.of(2000, 11, 1));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from membership m join organization o on o.id = m.organization_id
				where o.acronym = 'UN' and m.start_date = date '1945-10-24'
				""", Long.class)).isEqualTo(27);
	}

	@Test
	void everyMembershipCitesAtLeastTwoRowsRead() {
		Map<String, Object> least = this.jdbc.queryForMap(
				"""
						select min(c) as least, count(*) as memberships from (
						    select m.id, count(ci.id) as c from membership m
						    join organization o on o.id = m.organization_id
						    left join citation ci on ci.membership_id = m.id and ci.quote is not null and ci.accessed = date '2026-12-01'
						    where o.acronym = 'UN' group by m.id) per
						""");
		assertThat(least).containsEntry("least", 2L).containsEntry("memberships", 193L);
		assertThat(quotes("SS")).containsExactlyInAnyOrder("South Sudan, 14-07-2011",
				"The Republic of South Sudan formally seceded from Sudan on 9 July 2011 as a result of an internationally"
						+ " monitored referendum held in January 2011, and was admitted as the 193rd Member of the United"
						+ " Nations by the United Nations General Assembly on 14 July 2011");
		assertThat(quotes("TH")).containsExactlyInAnyOrder("nation (en_US, onu): 'Thailand', '1946-12-16'",
				"Member / Date of Admission: Thailand 16 December 1946");
		assertThat(quotes("ME")).containsExactlyInAnyOrder("Montenegro, 28-06-2006",
				"nation (en_US, onu): 'Montenegro', '2006-06-28'");
	}

	@Test
	void theNationsAddedForMembersCarryCitedIdentifiers() {
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from membership m join organization o on o.id = m.organization_id
						join nation n on n.id = m.nation_id
						where o.acronym = 'UN' and n.iso_numeric is not null and n.wikidata_id is not null
						  and exists (select 1 from citation c where c.nation_id = n.id and c.quote like 'name,alpha-2,%')
						  and exists (select 1 from citation c where c.nation_id = n.id and c.quote like 'iso_alpha2 %wikidata_uri%')
						""",
				Long.class))
			.isEqualTo(193);
		assertThat(this.jdbc.queryForMap("""
				select slug, name, iso_alpha3, iso_numeric, wikidata_id from nation where iso_alpha2 = 'AD'
				""")).containsEntry("slug", "andorra")
			.containsEntry("name", "Andorra")
			.containsEntry("iso_alpha3", "AND")
			.containsEntry("iso_numeric", "020")
			.containsEntry("wikidata_id", "Q228");
		assertThat(this.jdbc.queryForMap("select slug, name, wikidata_id from nation where iso_alpha2 = 'CI'"))
			.containsEntry("slug", "cote-divoire")
			.containsEntry("name", "Côte d'Ivoire")
			.containsEntry("wikidata_id", "Q1008");
	}

	@Test
	void theOrganizationPageListsAllMembersWithTheirDays() {
		// fifty a page, in the order they were admitted: the founders first, the
		// newest (South Sudan, 2011) on the fourth and last page, reached by "Next"
		Map<String, String> admitted = new LinkedHashMap<>();
		String url = "/organizations/un";
		int pages = 0;
		while (url != null) {
			Page page = get(url);
			pages++;
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.text()).as(url).contains("193 members today");
			assertThat(page.html().select("#standing-member .badge").text()).isEqualTo("193");
			Elements rows = page.html().select("table.members tbody tr");
			assertThat(rows).hasSizeLessThanOrEqualTo(50);
			for (Element row : rows) {
				assertThat(admitted.put(row.select("a[href^=/nations/]").text(), row.select("time").attr("datetime")))
					.as("listed once")
					.isNull();
			}
			// at either end the way on is not a link (no href="" to the page itself)
			assertThat(page.html().select("nav .pagination a"))
				.allSatisfy((a) -> assertThat(a.attr("href")).isNotBlank());
			assertThat(page.html().select("nav .pagination a[rel=prev]")).hasSize((pages == 1) ? 0 : 1);
			Element next = page.html().selectFirst("nav .pagination a[rel=next]");
			url = (next != null) ? next.attr("href") : null;
		}
		assertThat(pages).isEqualTo(4);
		assertThat(admitted).hasSize(193)
			.containsEntry("South Sudan", "2011-07-14")
			.containsEntry("Montenegro", "2006-06-28");
		assertThat(admitted.keySet()).first().isEqualTo("Argentina");
		assertThat(admitted.keySet()).last().isEqualTo("South Sudan");
	}

	@Test
	void aPagePastTheLastShowsTheLastMembers() {
		Page page = get("/organizations/un?page=99");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("table.members tbody tr")).hasSize(193 - 150);
		assertThat(page.text()).contains("Page 4 of 4");
	}

	@Test
	void listingAllMembersIssuesNoMoreStatementsThanListingNatosThirtyTwo() {
		long nato = getCounting("/organizations/nato").statements();
		Counted un = getCounting("/organizations/un");
		assertThat(un.page().status()).isEqualTo(200);
		assertThat(un.statements()).isLessThanOrEqualTo(nato);
	}

	private LocalDate admitted(String iso) {
		return this.jdbc.queryForObject("""
				select m.start_date from membership m join organization o on o.id = m.organization_id
				join nation n on n.id = m.nation_id where o.acronym = 'UN' and n.iso_alpha2 = ?
				""", LocalDate.class, iso);
	}

	private List<String> quotes(String iso) {
		return this.jdbc.queryForList("""
				select c.quote from citation c join membership m on m.id = c.membership_id
				join organization o on o.id = m.organization_id join nation n on n.id = m.nation_id
				where o.acronym = 'UN' and n.iso_alpha2 = ?
				""", String.class, iso);
	}

}
