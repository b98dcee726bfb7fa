package org.casekeep.correspondence.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of correspondence and its attachments were destroyed because their retention period ended (PIA 5.1).
 * Identifiers only: the record is gone, and so is every personal detail it held.
 */
public record CorrespondenceDestroyed(UUID correspondenceId, String referenceNumber, String scheduleCode,
		Instant occurredAt) {
}
