package org.casekeep.correspondence;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces taskers that passed their due date ({@code TaskerOverdue}), for reminders and escalation. Runs on one
 * instance at a time (ShedLock); each tasker is announced once even if two runs overlap, because it is flagged under
 * its row lock.
 */
@Component
class TaskerOverdueJob {

	static final int BATCH = 500;

	private final TaskerRouting routing;

	TaskerOverdueJob(TaskerRouting routing) {
		this.routing = routing;
	}

	@Scheduled(cron = "${casekeep.correspondence.overdue-cron:0 */15 * * * *}")
	@SchedulerLock(name = "correspondence-tasker-overdue", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	void flagOverdue() {
		routing.flagOverdue(Instant.now(), BATCH);
	}
}
