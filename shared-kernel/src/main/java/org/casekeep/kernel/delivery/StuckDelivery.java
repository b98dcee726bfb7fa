package org.casekeep.kernel.delivery;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event publication its listener has not completed: who was to receive which kind of event, since when, and how
 * often delivery failed. Never its contents, which may hold personal data.
 *
 * @param listener the listener's stable id, e.g. {@code crm.on-correspondence-received}.
 * @param eventType the event's class name.
 * @param attempts how often delivery was tried and failed (0: not tried yet).
 * @param lastAttemptAt when it was last resubmitted, {@literal null} if never.
 */
public record StuckDelivery(UUID publication, String listener, String eventType, Instant publishedAt, int attempts,
		@Nullable Instant lastAttemptAt) {
}
