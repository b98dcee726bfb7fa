package org.casekeep.correspondence.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * Marks a quarantined message as handled.
 *
 * @param note what was done (asked the sender to resend, taken in by hand…), required, at most 1,000 characters.
 * @param version the entry's version as seen; optional, a stale one is a conflict.
 */
record MailboxQuarantineResolution(@Nullable String note, @Nullable Long version) {
}
