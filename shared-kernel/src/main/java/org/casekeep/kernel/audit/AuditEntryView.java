package org.casekeep.kernel.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One audit entry as shown to reviewers. Holds no PII values: field names, identifiers and actors only. */
public record AuditEntryView(long id, String chain, long seq, Instant occurredAt, String actor,
		@Nullable String actorComponent, String action, @Nullable String recordType, @Nullable String recordId,
		@Nullable String recordComponent, List<String> fields, @Nullable String purpose, @Nullable String details) {
}
