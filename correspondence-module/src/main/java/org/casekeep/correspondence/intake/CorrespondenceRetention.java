package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceDestroyed;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys correspondence whose retention period ended (PIA 5.1), attachments and SPII findings included, and tells
 * other modules ({@link CorrespondenceDestroyed}); the kernel calls it as the system and keeps the destruction
 * certificate. A record already gone is nothing to do.
 */
@Component
class CorrespondenceRetention implements RecordDestroyer {

	private final CorrespondenceRecords records;
	private final Attachments attachments;
	private final SpiiReviewItems reviewItems;
	private final ApplicationEventPublisher events;

	CorrespondenceRetention(CorrespondenceRecords records, Attachments attachments, SpiiReviewItems reviewItems,
			ApplicationEventPublisher events) {
		this.records = records;
		this.attachments = attachments;
		this.reviewItems = reviewItems;
		this.events = events;
	}

	@Override
	public String recordType() {
		return Correspondence.RECORD_TYPE;
	}

	@Override
	@Transactional
	public void destroy(String recordId) {
		UUID id = UUID.fromString(recordId);
		records.findById(id).ifPresent(correspondence -> {
			reviewItems.deleteByCorrespondence(id);
			attachments.deleteByCorrespondence(id);
			records.delete(correspondence);
			events.publishEvent(new CorrespondenceDestroyed(id, correspondence.getReferenceNumber(),
					correspondence.getRetentionSchedule(), Instant.now().truncatedTo(ChronoUnit.MICROS)));
		});
	}
}
