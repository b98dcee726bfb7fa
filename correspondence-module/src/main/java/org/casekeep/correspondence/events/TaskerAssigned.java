package org.casekeep.correspondence.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assignment of a tasker became active: its assignee may answer now (for a sequential routing step, once the
 * step before it was answered). Carries no subject or instructions, only who and by when.
 *
 * @param taskerId the tasker.
 * @param assignmentId the assignment that became active.
 * @param assigningComponent the office that assigned the tasker.
 * @param assigneeComponent the assigned component (for a named expert, the expert's component).
 * @param assigneeUsername the named expert, {@literal null} for a component or office assignment.
 * @param dueAt when the answer is due.
 */
public record TaskerAssigned(UUID taskerId, UUID assignmentId, String assigningComponent, String assigneeComponent,
		@Nullable String assigneeUsername, Instant dueAt, Instant occurredAt) {
}
