package org.casekeep.kernel.retention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The dates of a record that retention rules are anchored on. A rule whose anchor is missing (for example a case
 * not closed yet) does not start counting.
 */
public record RetentionFacts(@Nullable Instant createdAt, @Nullable Instant lastActivityAt, @Nullable Instant closedAt,
		@Nullable Instant finalDecisionAt) {

	public static RetentionFacts created(Instant createdAt) {
		return new RetentionFacts(createdAt, createdAt, null, null);
	}

	public static RetentionFacts lastActivity(Instant createdAt, Instant lastActivityAt) {
		return new RetentionFacts(createdAt, lastActivityAt, null, null);
	}

	@Nullable Instant anchor(RetentionSchedule.Anchor anchor) {
		return switch (anchor) {
			case CREATED -> createdAt;
			case LAST_ACTIVITY -> lastActivityAt != null ? lastActivityAt : createdAt;
			case CLOSED -> closedAt;
			case FINAL_DECISION -> finalDecisionAt;
		};
	}
}
