package org.casekeep.kernel.retention;

import java.time.Instant;

/**
 * Published by the kernel's sweeper when a record's retention period has ended and no legal hold applies. The
 * module owning the record type destroys the record (attachments included) and confirms with
 * {@link RetentionRegistry#confirmDestroyed(String, String)}. Carries identifiers only.
 */
public record RetentionPeriodEnded(String recordType, String recordId, String scheduleCode, Instant dueAt,
		Instant occurredAt) {
}
