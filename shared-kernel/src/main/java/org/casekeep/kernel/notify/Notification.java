package org.casekeep.kernel.notify;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notification as its recipient sees it in the application. */
public record Notification(UUID id, String recipient, String recipientKind, String subject, String body,
		@Nullable String link, Instant createdAt, @Nullable Instant readAt, @Nullable Instant emailedAt) {
}
