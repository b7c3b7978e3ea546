package org.summittracker.system;

import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.summittracker.organization.MemberCounts;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.Bridge;
import org.summittracker.pages.summit.SummitService;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The seeded facts and the database's own rules, checked on the real PostgreSQL. */
class SeedDataTest extends IntegrationTest {

	@Autowired
	Flyway flyway;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	SummitService summits;

	@Test
	void flywayOwnsTheSchemaAndHibernateValidatesIt() throws Exception {
		long migrations;
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
			migrations = files.filter((f) -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
		}
		assertThat(this.flyway.info().applied()).extracting((m) -> m.getVersion().getVersion())
			.startsWith("1", "2", "3")
			.hasSize((int) migrations);
		this.flyway.validate();
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
			.isZero();
	}

	@Test
	void theOtherNamesSourcesBecameCitationsOfThoseNames() {
		// V2 seeds twelve other names, eleven of them with a source (all but Antonio
		// Guterres's "Antonio Guterres"); V8 moved each source into a citation of the
		// name
		long cited = this.jdbc.queryForObject("""
				select count(*) from citation c join person_name n on n.id = c.person_name_id
				join source s on s.id = c.source_id where c.quote is null""", Long.class);
		assertThat(cited).isEqualTo(11);
		assertThat(this.jdbc.queryForObject("""
				select s.title from citation c join person_name n on n.id = c.person_name_id
				join source s on s.id = c.source_id where n.name = 'Mohammad Mokhbar'""", String.class))
			.isEqualTo("Putin, Xi meet to bolster alliance against West ahead of NATO summit");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from citation c join person_name n on n.id = c.person_name_id
				where n.name = 'Antonio Guterres'""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from information_schema.columns
				where table_name in ('person_name', 'person_name_aud') and column_name = 'source_id'""", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from citation_aud a join citation c on c.id = a.id where c.person_name_id is not null and c.quote is null",
				Long.class))
			.as("the moved citations have a history")
			.isEqualTo(11);
	}

	@Test
	void aCitationStatesExactlyOneRecordTheDatabaseSays() {
		Long source = this.jdbc.queryForObject("select min(id) from source", Long.class);
		Long nation = this.jdbc.queryForObject("select id from nation where iso_alpha2 = 'KZ'", Long.class);
		Long office = this.jdbc.queryForObject("select min(id) from office", Long.class);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into citation (source_id, nation_id, office_id) values (?, ?, ?)", source, nation, office))
			.withMessageContaining("citation_cites_one_fact");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("insert into citation (source_id) values (?)", source))
			.withMessageContaining("citation_cites_one_fact");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into citation (source_id, nation_id, claimed_status) values (?, ?, 'ATTENDED')", source,
				nation))
			.withMessageContaining("citation_claimed_status_for_attendance");
	}

	@Test
	void everyColumnOfACitationPointingAtARowIsIndexed() {
		List<String> unindexed = this.jdbc.queryForList("""
				select a.attname from pg_constraint k
				join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
				where k.conrelid = 'citation'::regclass and k.contype = 'f'
				  and not exists (select 1 from pg_index i where i.indrelid = k.conrelid and i.indkey[0] = k.conkey[1])
				""", String.class);
		assertThat(unindexed).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from pg_constraint where conrelid = 'citation'::regclass and contype = 'f'",
				Long.class))
			.isEqualTo(11);
	}

	@Test
	void everySeededFactCitesAtLeastOneSource() {
		for (String fact : List.of("summit", "attendance", "membership", "tenure")) {
			Long uncited = this.jdbc.queryForObject("select count(*) from " + fact
					+ " f where not exists (select 1 from citation c where c." + fact + "_id = f.id)", Long.class);
			assertThat(uncited).as("%s rows without a source", fact).isZero();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from citation c join source s on s.id = c.source_id where s.publisher = 'Fox News'",
				Long.class))
			.isGreaterThan(30);
	}

	@Test
	void theScoHadNineMembersWhenTheSummitOpenedAndTenWhenItClosed() {
		MemberCounts counts = this.memberships.countMembers(this.organizations.findBySlug("sco").orElseThrow(),
				LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4));

		assertThat(counts).isEqualTo(new MemberCounts(9, 10));
		assertThat(this.memberships.countMembers(this.organizations.findBySlug("nato").orElseThrow(),
				LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 11)))
			.isEqualTo(new MemberCounts(32, 32));
	}

	@Test
	void erdoganIsTheOnlyLeaderAtBothTheScoAndTheNatoSummit() {
		List<Bridge> bridges = this.summits.bridges(100);

		assertThat(bridges).filteredOn((b) -> b.firstSlug().equals("sco-2024-astana"))
			.singleElement()
			.satisfies((b) -> {
				assertThat(b.personName()).isEqualTo("Recep Tayyip Erdoğan");
				assertThat(b.secondSlug()).isEqualTo("nato-2024-washington");
			});
	}

	@Test
	void indiaSentItsForeignMinisterInsteadOfModiAsStructuredData() {
		List<String> rows = this.jdbc.queryForList("""
				select p.name || ' ' || a.status || ' ' || coalesce(i.name, '-')
				from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				  join nation n on n.id = a.nation_id left join person i on i.id = a.instead_of_id
				where s.slug = 'sco-2024-astana' and n.iso_alpha2 = 'IN' order by p.name""", String.class);

		assertThat(rows).containsExactly("Narendra Modi ABSENT -", "S. Jaishankar ATTENDED Narendra Modi");
	}

	@Test
	void theArticlesClaimsAreKeptApartFromTheOutcome() {
		List<String> claims = this.jdbc.queryForList("""
				select src.publisher || ':' || c.claimed_status from citation c
				  join source src on src.id = c.source_id join attendance a on a.id = c.attendance_id
				  join summit s on s.id = a.summit_id join person p on p.id = a.person_id
				where s.slug = 'sco-2024-astana' and p.slug = 'recep-tayyip-erdogan' order by c.id""", String.class);

		assertThat(claims).containsExactly("Fox News:REPORTED", "The Astana Times:ATTENDED",
				"News Central Asia:EXPECTED");
	}

	@Test
	void theDatabaseRejectsOverlappingMembershipsOfTheSameNation() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into membership (nation_id, organization_id, standing, start_date, start_precision)
				select n.id, o.id, 'OBSERVER', date '2020-01-01', 'DAY' from nation n, organization o
				where n.iso_alpha2 = 'TR' and o.acronym = 'NATO'""")).withMessageContaining("membership_no_overlap");
	}

	@Test
	void theDatabaseRejectsMalformedFacts() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("insert into nation (slug, name, iso_alpha2, iso_alpha3) values ('x-land', 'X', 'xx', 'XXX')"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("insert into nation (slug, name, iso_alpha2, iso_alpha3) values ('kz2', 'KZ two', 'KZ', 'KZT')"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("""
					insert into summit (slug, name, kind, start_date, end_date, status)
					values ('backwards', 'Backwards', 'BILATERAL_MEETING', date '2024-07-04', date '2024-07-03', 'HELD')"""))
			.withMessageContaining("summit_end_after_start");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into attendance (summit_id, capacity, status)
				select id, 'GUEST', 'ATTENDED' from summit where slug = 'sco-2024-astana'"""))
			.withMessageContaining("attendance_names_someone");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into attendance (summit_id, person_id, capacity, status)
				select s.id, p.id, 'GUEST', 'ATTENDED' from summit s, person p
				where s.slug = 'sco-2024-astana' and p.slug = 'xi-jinping'"""))
			.withMessageContaining("attendance_one_row_per_person");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into tenure (person_id, office_id, start_date, start_precision)
				select p.id, o.id, date '2024-07-03', 'MONTH' from person p, office o
				where p.slug = 'xi-jinping' and o.slug = 'president-of-china'"""))
			.withMessageContaining("tenure_start_date");
	}

}
