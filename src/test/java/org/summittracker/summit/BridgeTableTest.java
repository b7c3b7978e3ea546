package org.summittracker.summit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code bridge} table the database keeps on write always holds exactly what the
 * self-join of all attendance it replaced would find, through every kind of change that
 * makes or breaks a bridge. Each change runs in a transaction that is rolled back.
 */
class BridgeTableTest extends IntegrationTest {

	/** The definition of a bridge, as the pages computed it on every view before V61. */
	private static final String SELF_JOIN = """
			select a1.person_id || ' ' || s1.id || ' ' || s2.id
			from attendance a1 join summit s1 on s1.id = a1.summit_id,
			     attendance a2 join summit s2 on s2.id = a2.summit_id
			where a2.person_id = a1.person_id and s1.organization_id <> s2.organization_id
			  and a1.status = 'ATTENDED' and a2.status = 'ATTENDED'
			  and s1.kind = 'ORGANIZATION_SUMMIT' and s2.kind = 'ORGANIZATION_SUMMIT'
			  and s2.start_date > s1.end_date and s2.start_date <= s1.end_date + 14
			order by 1""";

	private static final String TABLE = """
			select person_id || ' ' || first_summit_id || ' ' || second_summit_id from bridge order by 1""";

	@Autowired
	AttendanceRepository attendances;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theSeedsBridgeIsErdoganFromAstanaToWashington() {
		List<Bridge> bridges = this.attendances.findBridges(PageRequest.of(0, 10));
		assertThat(bridges).extracting(Bridge::personSlug, Bridge::firstSlug, Bridge::secondSlug)
			.contains(org.assertj.core.groups.Tuple.tuple("recep-tayyip-erdogan", "sco-2024-astana",
					"nato-2024-washington"));
		assertThat(table()).isNotEmpty().isEqualTo(selfJoin());
	}

	@Test
	void aNewAttendanceMakesABridgeAndItsRemovalBreaksIt() {
		inRolledBackTransaction(() -> {
			long before = table().size();
			// Putin attended SCO 2024 in Astana (3-4 July); put him in Washington a week
			// later
			this.jdbc.update("""
					insert into attendance (summit_id, person_id, capacity, status)
					select s.id, p.id, 'GUEST', 'ATTENDED' from summit s, person p
					where s.slug = 'nato-2024-washington' and p.slug = 'vladimir-putin'""");
			assertThat(table()).hasSize((int) before + 1).isEqualTo(selfJoin());
			this.jdbc.update("""
					update attendance set status = 'ABSENT' where person_id = (select id from person
					where slug = 'vladimir-putin') and summit_id = (select id from summit
					where slug = 'nato-2024-washington')""");
			assertThat(table()).hasSize((int) before).isEqualTo(selfJoin());
			this.jdbc.update("""
					update attendance set status = 'ATTENDED' where person_id = (select id from person
					where slug = 'vladimir-putin') and summit_id = (select id from summit
					where slug = 'nato-2024-washington')""");
			assertThat(table()).hasSize((int) before + 1).isEqualTo(selfJoin());
			this.jdbc.update("""
					delete from attendance where person_id = (select id from person
					where slug = 'vladimir-putin') and summit_id = (select id from summit
					where slug = 'nato-2024-washington')""");
			assertThat(table()).hasSize((int) before).isEqualTo(selfJoin());
		});
	}

	@Test
	void movingOrDeletingASummitMovesItsBridges() {
		inRolledBackTransaction(() -> {
			assertThat(table()).isNotEmpty();
			// three weeks later, Washington is no longer within two weeks of Astana
			this.jdbc.update("""
					update summit set start_date = start_date + 21, end_date = end_date + 21
					where slug = 'nato-2024-washington'""");
			assertThat(table()).isEqualTo(selfJoin());
			this.jdbc.update("""
					update summit set start_date = start_date - 21, end_date = end_date - 21
					where slug = 'nato-2024-washington'""");
			assertThat(table()).isNotEmpty().isEqualTo(selfJoin());
			this.jdbc.update("delete from citation where summit_id = (select id from summit where slug = ?)"
					+ " or attendance_id in (select a.id from attendance a join summit s on s.id = a.summit_id"
					+ " where s.slug = ?)", "sco-2024-astana", "sco-2024-astana");
			this.jdbc.update("update summit set parent_id = null where parent_id = (select id from summit"
					+ " where slug = 'sco-2024-astana')");
			this.jdbc.update("delete from summit where slug = 'sco-2024-astana'");
			assertThat(table()).isEqualTo(selfJoin());
		});
	}

	@Test
	void theSummitPageShowsWhatTheTableHolds() {
		String panel = "section[aria-labelledby=bridges-heading] a[href=/leaders/recep-tayyip-erdogan]";
		assertThat(anonymous().get("/summits/sco-2024-astana").html().select(panel)).isNotEmpty();
		long erdogan = this.jdbc.queryForObject("select id from person where slug = 'recep-tayyip-erdogan'",
				Long.class);
		try {
			this.jdbc.update("delete from bridge where person_id = ?", erdogan);
			assertThat(anonymous().get("/summits/sco-2024-astana").html().select(panel)).isEmpty();
		}
		finally {
			this.jdbc.update("""
					insert into bridge select b.* from attendance a, lateral bridges_of(a.person_id, a.summit_id) b
					where a.person_id = ? and a.status = 'ATTENDED' on conflict do nothing""", erdogan);
		}
		assertThat(table()).isEqualTo(selfJoin());
	}

	private List<String> table() {
		return this.jdbc.queryForList(TABLE, String.class);
	}

	private List<String> selfJoin() {
		return this.jdbc.queryForList(SELF_JOIN, String.class);
	}

	private void inRolledBackTransaction(Runnable work) {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.executeWithoutResult((status) -> {
			work.run();
			status.setRollbackOnly();
		});
	}

}
