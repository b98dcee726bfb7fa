package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceDestroyed;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Destroys correspondence whose retention period ended (PIA 5.1), attachments and SPII findings included, and
 * confirms it to the kernel, which keeps the destruction certificate. Idempotent: a record already gone is only
 * confirmed. Runs as the system, in the listener's own transaction.
 */
@Component
class CorrespondenceRetention {

	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final SpiiReviewItems reviewItems;
	private final RetentionRegistry retention;
	private final ApplicationEventPublisher events;

	CorrespondenceRetention(CorrespondenceRecords records, Attachments attachments, SpiiReviewItems reviewItems,
			RetentionRegistry retention, ApplicationEventPublisher events) {
		this.records = records;
		this.attachments = attachments;
		this.reviewItems = reviewItems;
		this.retention = retention;
		this.events = events;
	}

	@ApplicationModuleListener(id = "correspondence.on-retention-period-ended")
	void on(RetentionPeriodEnded event) {
		if (event.recordType().equals(Correspondence.RECORD_TYPE)) {
			Actors.runAs(Actor.SYSTEM, () -> destroy(UUID.fromString(event.recordId())));
		}
	}

	private void destroy(UUID id) {
		records.findById(id).ifPresent(correspondence -> {
			reviewItems.deleteByCorrespondence(id);
			attachments.deleteByCorrespondence(id);
			records.delete(correspondence);
			events.publishEvent(new CorrespondenceDestroyed(id, correspondence.getReferenceNumber(),
					correspondence.getRetentionSchedule(), Instant.now().truncatedTo(ChronoUnit.MICROS)));
		});
		retention.confirmDestroyed(Correspondence.RECORD_TYPE, id.toString());
	}
}
