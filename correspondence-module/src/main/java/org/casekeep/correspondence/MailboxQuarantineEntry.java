package org.casekeep.correspondence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A mailbox message that could not be taken in, and why; the message's body is never kept. */
public record MailboxQuarantineEntry(UUID id, String folder, long uidValidity, long uid, @Nullable String messageId,
		@Nullable Instant receivedAt, @Nullable String senderAddress, String reason, Instant quarantinedAt) {
}
