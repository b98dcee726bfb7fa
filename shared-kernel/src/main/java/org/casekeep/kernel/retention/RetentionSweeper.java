package org.casekeep.kernel.retention;

import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds records whose retention period has ended and tells the owning module to destroy them, by publishing
 * {@link RetentionPeriodEnded} in the same transaction that marks them notified (so each record is announced once,
 * and the event publication registry redelivers if a listener fails). Runs on one instance at a time (ShedLock).
 */
@Component
public class RetentionSweeper {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	RetentionSweeper(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Scheduled(cron = "${casekeep.retention.sweep-cron:0 17 * * * *}")
	@SchedulerLock(name = "retention-sweeper", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
	public void scheduledSweep() {
		sweep(Instant.now());
	}

	/**
	 * Announces up to one batch of records due at the given instant.
	 * @return how many records were announced.
	 */
	@Transactional
	public int sweep(Instant now) {
		List<RetentionPeriodEnded> due = jdbc.sql("""
				update kernel.retention_record set notified_at = ?
				where (record_type, record_id) in (
				    select record_type, record_id from kernel.retention_record
				    where destroy_after <= ? and legal_hold = false and notified_at is null
				    order by destroy_after limit ? for update skip locked)
				returning record_type, record_id, schedule_code, destroy_after""")
			.params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), BATCH)
			.query((rs, row) -> new RetentionPeriodEnded(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), now))
			.list();
		due.forEach(events::publishEvent);
		return due.size();
	}
}
