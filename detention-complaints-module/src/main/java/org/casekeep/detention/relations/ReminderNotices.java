package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the OIDO user who owns a reminder for a future action (PIA 2.1) that it is due, when they asked to be told:
 * once, on its due date, through the kernel's notifier. The notice names the engagement's page, nothing of the
 * engagement itself. Runs every morning on one instance at a time (ShedLock); the notifier's key keeps it to once.
 */
@Component
class ReminderNotices {

	static final String SUBJECT = "A reminder of an OIDO engagement is due";

	private final StakeholderEngagements engagements;
	private final Notifier notifier;

	ReminderNotices(StakeholderEngagements engagements, Notifier notifier) {
		this.engagements = engagements;
		this.notifier = notifier;
	}

	@Scheduled(cron = "${casekeep.detention.engagement-reminder-cron:0 0 7 * * *}", zone = "America/New_York")
	@SchedulerLock(name = "detention-engagement-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	void daily() {
		sendDue(Instant.now());
	}

	/** @return how many notices were sent. */
	@Transactional
	int sendDue(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int sent = 0;
		for (StakeholderEngagement engagement : engagements.withOpenRemindersDueBy(today)) {
			for (Reminder reminder : engagement.dueForNotice(today)) {
				notifier.notify(Notice.toUser(reminder.ownerUsername(), SUBJECT,
						"A reminder you own for a future action is due on " + reminder.dueOn() + ".",
						RelationsPages.PATH + "/engagements/" + engagement.getId(), "engagement-reminder:" + reminder.id()));
				engagement.notified(reminder.id(), now.truncatedTo(ChronoUnit.MICROS));
				sent++;
			}
		}
		return sent;
	}
}
