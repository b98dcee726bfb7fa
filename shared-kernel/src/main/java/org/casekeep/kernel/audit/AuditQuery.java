package org.casekeep.kernel.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Criteria of an audit search; every criterion is optional.
 *
 * @param limit at most this many entries, newest first (1 to 1000).
 */
public record AuditQuery(@Nullable String recordType, @Nullable String recordId, @Nullable String username,
		@Nullable String action, @Nullable Instant from, @Nullable Instant to, int limit) {

	public AuditQuery {
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("limit must be between 1 and 1000");
		}
	}
}
