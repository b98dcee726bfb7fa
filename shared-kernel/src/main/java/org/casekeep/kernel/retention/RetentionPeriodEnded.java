package org.casekeep.kernel.retention;

import java.time.Instant;

/**
 * Published by the kernel's sweeper when a record's retention period has ended and no legal hold applies. The kernel
 * hands it to the owning module's {@link RecordDestroyer} and certifies the destruction. Carries identifiers only.
 */
public record RetentionPeriodEnded(String recordType, String recordId, String scheduleCode, Instant dueAt,
		Instant occurredAt) {
}
