package org.casekeep.detention.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * What a submitter added to their complaint after filing it, through the portal with their receipt code: a text, a
 * file (a supporting document), or both, kept as received (PIA 2.4) and appended after the complaint, never merged into
 * it. Declared as personal data by the complaint field that holds the additions.
 *
 * @param documentId the supporting document sent with it, if any.
 */
@Embeddable
public record SubmitterAddition(@Column(name = "text") @Nullable String text,
		@Column(name = "document_id") @Nullable UUID documentId, @Column(name = "received_at") Instant receivedAt) {
}
