package org.casekeep.crm.outreach;

import java.sql.Connection;
import java.sql.ResultSet;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled compaction adds the rows the triggers appended into one compacted row per key and leaves the counts
 * as they were; a second run finds nothing new and changes nothing.
 */
@ApplicationModuleTest
class OutreachTallyCompactionTests {

	@Autowired
	OutreachTallyCompaction compaction;

	@Test
	void compactionAddsEachKeysNewRowsIntoOneRowAndChangesNoCount() throws Exception {
		String component = "QCMP" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26));
		execute("""
				insert into crm.outreach_stakeholder_tally (kind, issue, owning_component, state, n) values
				  ('I', '', '%1$s', 'TX', 1), ('I', '', '%1$s', 'TX', 1), ('I', '', '%1$s', 'TX', -1),
				  ('I', '', '%1$s', 'NM', 1), ('I', '', '%1$s', 'NM', -1)""".formatted(component));
		execute("""
				insert into crm.outreach_interaction_tally (grain, period_start, issue, dhs_component, state, n) values
				  ('D', '2026-03-02', '', '%1$s', 'TX', 1), ('D', '2026-03-02', '', '%1$s', 'TX', 1)""".formatted(component));

		compaction.compact();
		assertThat(rows("crm.outreach_stakeholder_tally", "owning_component", component, "TX")).isEqualTo("1 1 true");
		assertThat(rows("crm.outreach_stakeholder_tally", "owning_component", component, "NM"))
			.as("a key that adds up to nobody keeps one row of zero").isEqualTo("1 0 true");
		assertThat(rows("crm.outreach_interaction_tally", "dhs_component", component, "TX")).isEqualTo("1 2 true");

		execute("insert into crm.outreach_stakeholder_tally (kind, issue, owning_component, state, n) values "
				+ "('I', '', '" + component + "', 'TX', 1)");
		// ShedLock holds the job's lock for at least ten seconds, so the next runs call the function as the job does.
		execute("select crm.outreach_compact()");
		execute("select crm.outreach_compact()");
		assertThat(rows("crm.outreach_stakeholder_tally", "owning_component", component, "TX"))
			.as("new rows go into the compacted one").isEqualTo("1 2 true");
	}

	/** How many rows the key has, their sum, and whether all are compacted. */
	private static String rows(String table, String componentColumn, String component, String state) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select count(*) || ' ' || sum(n) || ' ' || bool_and(compacted) from " + table + " where " + componentColumn
						+ " = '" + component + "' and state = '" + state + "'")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void execute(String sql) throws Exception {
		try (Connection db = TestDatabase.superuser()) {
			db.createStatement().execute(sql);
		}
	}
}
