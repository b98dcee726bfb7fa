package org.casekeep.correspondence.reminders;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casekeep.correspondence.taskers.TaskerClearance;
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

	private final TaskerClearance clearance;

	TaskerOverdueJob(TaskerClearance clearance) {
		this.clearance = clearance;
	}

	@Scheduled(cron = "${casekeep.correspondence.overdue-cron:0 */15 * * * *}")
	@SchedulerLock(name = "correspondence-tasker-overdue", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	void flagOverdue() {
		clearance.flagOverdue(Instant.now(), BATCH);
	}
}
