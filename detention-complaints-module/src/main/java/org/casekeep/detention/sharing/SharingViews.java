package org.casekeep.detention.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.detention.documents.DocumentViews;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureStatus;
import org.jspecify.annotations.Nullable;

/** What sharing tells its users. */
final class SharingViews {

	private SharingViews() {
	}

	/**
	 * A request to share a complaint's records outside the Department, as typed (PIA 6.4): the kind of recipient and
	 * the office or person receiving them, why, under which routine use, and the minimum records chosen: the
	 * complaint record itself and/or some of its documents (nothing is chosen for the user).
	 */
	record SharingDraft(@Nullable String recipientKind, @Nullable String recipient, @Nullable String purpose,
			@Nullable String routineUse, @Nullable Boolean includeComplaint, @Nullable List<UUID> documentIds) {
	}

	/** A sharing of a complaint, as the accounting keeps it, with when its records were released. */
	record Sharing(UUID id, RecipientKind recipientKind, String recipientKindLabel, String recipient, String purpose,
			String routineUse, DisclosureStatus status, String statusLabel, String requestedBy, Instant requestedAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt, List<String> records, @Nullable Instant releasedAt,
			@Nullable String releasedBy) {

		static Sharing of(ComplaintShare share, Disclosure d) {
			return new Sharing(d.id(), share.recipientKind(), share.recipientKind().label(), d.recipient(), d.purpose(),
					d.authority(), d.status(), d.status().label(), d.requestedBy(), d.requestedAt(), d.decidedBy(),
					d.decidedAt(), d.records().stream().map(r -> r.recordType() + " " + r.recordId()).toList(),
					share.releasedAt(), share.releasedBy());
		}
	}

	/**
	 * What this module itself documents of a sharing of the complaint (PIA 6.4), for OIDO staff whom the kernel's
	 * accounting does not let read its recipient, purpose and routine use: the kind of recipient and the dates.
	 */
	record SharingSummary(UUID id, String recipientKindLabel, Instant requestedAt, @Nullable Instant releasedAt) {

		static SharingSummary of(ComplaintShare share) {
			return new SharingSummary(share.getId(), share.recipientKind().label(), share.requestedAt(),
					share.releasedAt());
		}
	}

	/** The approved records, released to be sent: the complaint if chosen, and the documents chosen. */
	record Released(Sharing sharing, @Nullable ComplaintView complaint, List<DocumentViews.Listed> documents) {
	}
}
