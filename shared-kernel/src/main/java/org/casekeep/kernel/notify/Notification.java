package org.casekeep.kernel.notify;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it in the application.
 *
 * @param read whether the person looking has read it; each member of a component reads a component's notice for
 * themselves.
 * @param readAt when the person looking marked it read, {@literal null} while unread.
 */
public record Notification(UUID id, String recipient, String recipientKind, String subject, String body,
		@Nullable String link, Instant createdAt, boolean read, @Nullable Instant readAt, @Nullable Instant emailedAt) {
}
