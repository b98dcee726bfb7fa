package org.casekeep.correspondence.reminders;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link TaskerReminders} every quarter of an hour in Washington business hours, on one instance at a time
 * (ShedLock). Even when two runs overlap, each notice goes once: the kernel's notifier deduplicates by key.
 */
@Component
class TaskerReminderJob {

	private final TaskerReminders reminders;

	TaskerReminderJob(TaskerReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${casekeep.correspondence.reminder-cron:0 */15 7-19 * * MON-FRI}", zone = "America/New_York")
	@SchedulerLock(name = "correspondence-tasker-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	void remind() {
		reminders.remind(Instant.now());
	}
}
