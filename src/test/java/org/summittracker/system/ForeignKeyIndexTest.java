package org.summittracker.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.summittracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every single-column foreign key is the leading column of some index (a plain index, a
 * unique key or an exclusion constraint), so that following it from the referenced row —
 * a nation's page, deleting an office, a history page's revision — never scans the
 * referring table.
 */
class ForeignKeyIndexTest extends IntegrationTest {

	@Test
	void everyForeignKeyLeadsAnIndex() {
		List<String> unindexed = this.jdbc.queryForList("""
				select c.conrelid::regclass || '.' || a.attname
				from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				where c.contype = 'f' and cardinality(c.conkey) = 1
				  and c.connamespace = 'public'::regnamespace
				  and not exists (select 1 from pg_index i
				                  where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
				order by 1""", String.class);
		assertThat(unindexed).isEmpty();
	}

}
