package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** A search result: enough to recognise a piece of correspondence, released through the kernel's guard. */
@ReleasedAs(Correspondence.RECORD_TYPE)
public record CorrespondenceSummary(UUID id, String referenceNumber, String status, String channel,
		String sourceType, String subject, @Nullable String lastName, @Nullable String organization,
		Instant receivedAt, String owningComponent) {
}
