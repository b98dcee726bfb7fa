package org.casekeep.crm.outreach;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up the outreach tallies' rows (changelog {@code crm/010-outreach-tallies.sql}): every change of a stakeholder
 * or an interaction appends a +1 or -1 row, and this adds the new rows of each key into its one compacted row, so
 * that a report reads a few thousand rows however large the CRM grows, and a run touches only what changed. Counts are right before and after a run; the run only keeps them cheap.
 * On one instance at a time (ShedLock).
 */
@Component
class OutreachTallyCompaction {

	private final JdbcClient jdbc;

	OutreachTallyCompaction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${casekeep.crm.outreach-compaction-interval:PT1M}",
			initialDelayString = "${casekeep.crm.outreach-compaction-interval:PT1M}")
	@SchedulerLock(name = "crm-outreach-compaction", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	@Transactional
	public void compact() {
		// A function returning void answers one row holding null.
		jdbc.sql("select crm.outreach_compact()").query(rs -> { });
	}
}
