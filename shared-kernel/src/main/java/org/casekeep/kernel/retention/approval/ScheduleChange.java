package org.casekeep.kernel.retention.approval;

import java.time.Instant;

/**
 * One change of a schedule, kept for good: who changed it when, and the schedule before and after, in words (no PII).
 *
 * @param version the version the change produced.
 */
public record ScheduleChange(String scheduleCode, long version, String changedBy, Instant changedAt, String before,
		String after) {
}
