package org.casekeep.correspondence.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The cleared final response of a tasker was dispatched to the requester (PIA "Response"). Carries no text of the
 * response.
 *
 * @param taskerId the tasker.
 * @param correspondenceId the correspondence answered, {@literal null} for a tasker without one.
 * @param assigningComponent the office that dispatched it.
 * @param dispatchedAt when it left.
 */
public record ResponseDispatched(UUID taskerId, @Nullable UUID correspondenceId, String assigningComponent,
		Instant dispatchedAt, Instant occurredAt) {
}
