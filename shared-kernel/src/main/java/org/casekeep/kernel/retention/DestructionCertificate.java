package org.casekeep.kernel.retention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An entry of the destruction log: which rule destroyed which record when. No PII. */
public record DestructionCertificate(long id, String recordType, String recordId, String scheduleCode, String rule,
		@Nullable Instant dueAt, Instant destroyedAt) {
}
