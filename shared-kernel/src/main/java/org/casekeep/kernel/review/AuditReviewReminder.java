package org.casekeep.kernel.review;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the ISSOs, early every morning, of a weekly audit review that the week just passed left without a sign-off
 * (CRM PIA 2.4). Runs on one instance at a time (ShedLock); the notifier's dedup key makes it once per week however
 * often it runs.
 */
@Component
class AuditReviewReminder {

	private final AuditReviews reviews;

	AuditReviewReminder(AuditReviews reviews) {
		this.reviews = reviews;
	}

	@Scheduled(cron = "${casekeep.audit.review-reminder-cron:0 30 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "audit-review-reminder", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	void scheduledReminder() {
		reviews.remindIfMissed(Instant.now());
	}
}
