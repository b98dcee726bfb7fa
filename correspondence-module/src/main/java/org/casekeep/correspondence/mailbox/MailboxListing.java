package org.casekeep.correspondence.mailbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import org.casekeep.kernel.web.ListOrders;
import org.casekeep.kernel.web.Sorting;

/**
 * The orders the mailbox quarantine can be listed in, the same for the page and the API ({@code sort=received} or
 * {@code from}, each {@code ,asc} or {@code ,desc}); newest first when none is asked for. A message whose date could
 * not be read counts from when it was quarantined.
 */
final class MailboxListing {

	static final ListOrders<MailboxQuarantineEntry> ORDERS = new ListOrders<>(Map.of(
			"received", Comparator.comparing(MailboxListing::when),
			"from", Comparator.comparing((MailboxQuarantineEntry e) -> e.senderAddress() == null ? "" : e.senderAddress(),
					String.CASE_INSENSITIVE_ORDER)),
			Comparator.comparing(MailboxQuarantineEntry::id), new Sorting("received", true));

	private MailboxListing() {
	}

	static Instant when(MailboxQuarantineEntry entry) {
		return entry.receivedAt() != null ? entry.receivedAt() : entry.quarantinedAt();
	}
}
