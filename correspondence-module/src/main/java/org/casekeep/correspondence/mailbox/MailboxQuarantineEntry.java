package org.casekeep.correspondence.mailbox;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox message that could not be taken in, and why; the message's body is never kept.
 *
 * @param subject the subject if it could be read, SPII redacted.
 * @param resolvedAt when the Executive Secretariat marked it handled; {@literal null} while it is open.
 * @param resolutionNote what was done about it.
 * @param version for marking it handled without overwriting another user's resolution.
 * @param maskedFields the fields the viewer may not see (set by the kernel's guard).
 */
@ReleasedAs(MailboxQuarantine.RECORD_TYPE)
record MailboxQuarantineEntry(UUID id, String folder, long uidValidity, long uid, @Nullable String messageId,
		@Nullable Instant receivedAt, @Nullable String senderAddress, @Nullable String subject, String reason,
		Instant quarantinedAt, @Nullable Instant resolvedAt, @Nullable String resolvedBy,
		@Nullable String resolutionNote, long version, Set<String> maskedFields) {

	public boolean open() {
		return resolvedAt == null;
	}
}
