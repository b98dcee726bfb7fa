package org.casekeep.kernel.retention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the destruction log: which rule destroyed which record of which component when. No PII.
 *
 * @param owningComponent the component that owned the record, as its audit entries name it; {@literal null} for a
 * record no entry names one for.
 */
public record DestructionCertificate(long id, String recordType, String recordId, @Nullable String owningComponent,
		String scheduleCode, String rule, @Nullable Instant dueAt, Instant destroyedAt) {
}
