package org.casekeep.correspondence.taskers;

import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.routing.AssignmentDraft;
import org.jspecify.annotations.Nullable;

/**
 * Assigning a tasker: a routing template, or ad hoc assignees (active together with the open ones). One of the two.
 *
 * @param version the tasker version edited; optional, checked when given.
 */
public record TaskerAssignmentRequest(@Nullable UUID templateId, @Nullable List<AssignmentDraft> assignees,
		@Nullable Long version) {
}
