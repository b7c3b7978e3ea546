package org.summittracker.pages.summit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization summit says how many of the members on its days have a recorded
 * delegation, and lists the others as not recorded, apart from those recorded as absent;
 * answers built on an incomplete roster say so.
 */
class RosterCompletenessTest extends IntegrationTest {

	@BeforeEach
	void summitWithTwoDelegations() {
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
					select 'test-roster', 'Test SCO roster summit', 'ORGANIZATION_SUMMIT', o.id, n.id, 'Astana',
					       date '2024-07-10', date '2024-07-10', 'HELD'
					from organization o, nation n where o.acronym = 'SCO' and n.iso_alpha2 = 'KZ'""");
		this.jdbc
			.update("""
					insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
					select s.id, p.id, p.nationality_id, v.capacity, 'MEMBER', v.status
					from summit s, person p, (values ('kassym-jomart-tokayev', 'HOST', 'ATTENDED'),
					                                 ('narendra-modi', 'HEAD_OF_GOVERNMENT', 'ABSENT')) v(person, capacity, status)
					where s.slug = 'test-roster' and p.slug = v.person""");
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
				select s.id, p.id, p.nationality_id, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'
				from summit s, person p where s.slug = 'test-roster' and p.slug = 'recep-tayyip-erdogan'""");
		this.jdbc
			.update("""
					insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status)
					select 'test-roster-nato', 'Test NATO roster summit', 'ORGANIZATION_SUMMIT', o.id, n.id, 'Brussels',
					       date '2024-07-15', date '2024-07-15', 'HELD'
					from organization o, nation n where o.acronym = 'NATO' and n.iso_alpha2 = 'BE'""");
		this.jdbc.update("""
				insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
				select s.id, p.id, p.nationality_id, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'
				from summit s, person p where s.slug = 'test-roster-nato' and p.slug = 'recep-tayyip-erdogan'""");
	}

	@AfterEach
	void removeTestSummits() {
		this.jdbc.update("delete from summit where slug like 'test-roster%'");
	}

	@Test
	void theSummitSaysHowManyMemberDelegationsAreRecordedAndListsTheOthersAsNotRecorded() {
		Page page = get("/summits/test-roster");

		assertThat(page.status()).isEqualTo(200);
		// Ten members on 10 July 2024 (Belarus joined on 4 July); Kazakhstan and India
		// have
		// rows, Turkey's row is not a member's delegation.
		assertThat(page.html().select(".delegations dd").text()).isEqualTo("2 of 10 member delegations recorded");
		assertThat(page.html().select(".not-recorded li").eachText()).hasSize(8)
			.allSatisfy((item) -> assertThat(item).endsWith("not recorded"))
			.anySatisfy((item) -> assertThat(item).contains("China"))
			.anySatisfy((item) -> assertThat(item).contains("Belarus"))
			.noneSatisfy((item) -> assertThat(item).contains("Kazakhstan"))
			.noneSatisfy((item) -> assertThat(item).contains("India"));
		assertThat(page.html().select(".absences").text()).contains("India", "Narendra Modi", "Absent");
	}

	@Test
	void aCompleteRosterListsNoMemberAsNotRecorded() {
		Page page = get("/summits/sco-2024-astana");

		assertThat(page.html().select(".delegations dd").text()).isEqualTo("10 of 10 member delegations recorded");
		assertThat(page.html().select(".not-recorded")).isEmpty();
	}

	@Test
	void theBridgingPanelAndTheComparisonSayTheyRestOnIncompleteRosters() {
		Page summit = get("/summits/test-roster");
		assertThat(summit.html().select("ul.bridges > li").eachText())
			.anySatisfy((bridge) -> assertThat(bridge).contains("Test NATO roster summit",
					"Rests on an incomplete roster: Test SCO roster summit records 2 of 10 member delegations.",
					"Rests on an incomplete roster: Test NATO roster summit records 1 of 32 member delegations."));

		Page compare = get("/compare/summits?s=test-roster&s=sco-2024-astana");
		assertThat(compare.html().select(".roster-caveat li").eachText()).containsExactly(
				"Rests on an incomplete roster: Test SCO roster summit records 2 of 10 member delegations.");

		Page complete = get("/compare/summits?s=sco-2024-astana&s=xi-putin-2024-astana");
		assertThat(complete.html().select(".roster-caveat")).isEmpty();
	}

}
