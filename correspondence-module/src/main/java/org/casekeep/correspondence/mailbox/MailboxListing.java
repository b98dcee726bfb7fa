package org.casekeep.correspondence.mailbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.casekeep.kernel.web.Sorting;
import org.jspecify.annotations.Nullable;

/**
 * The orders the mailbox quarantine can be listed in, the same for the page and the API ({@code sort=received} or
 * {@code from}, each {@code ,asc} or {@code ,desc}); newest first when none is asked for, ties in id order. A message
 * whose date could not be read counts from when it was quarantined.
 */
final class MailboxListing {

	static final Sorting DEFAULT = new Sorting("received", true);

	static final Map<String, Comparator<MailboxQuarantineEntry>> ORDERS = Map.of(
			"received", Comparator.comparing(MailboxListing::when),
			"from", Comparator.comparing((MailboxQuarantineEntry e) -> e.senderAddress() == null ? "" : e.senderAddress(),
					String.CASE_INSENSITIVE_ORDER));

	private MailboxListing() {
	}

	static Instant when(MailboxQuarantineEntry entry) {
		return entry.receivedAt() != null ? entry.receivedAt() : entry.quarantinedAt();
	}

	/** The order a request asks for; 400 naming {@code sort} when it is none of these. */
	static Sorting sorting(@Nullable String sort) {
		return Sorting.of(sort, ORDERS.keySet(), DEFAULT);
	}

	/** The order a page's link asks for; one not offered falls back to the default. */
	static Sorting pageSorting(@Nullable String sort) {
		return Sorting.orFallback(sort, ORDERS.keySet(), DEFAULT);
	}

	static ResultPage<MailboxQuarantineEntry> page(List<MailboxQuarantineEntry> all, Sorting sorting, Paging paging) {
		return paging.slice(sorting.sorted(all, ORDERS, Comparator.comparing(MailboxQuarantineEntry::id)));
	}
}
