package org.casekeep.correspondence.taskers;

import org.casekeep.correspondence.routing.AssignmentDraft;
import org.jspecify.annotations.Nullable;

/** Reassigning an assignment to a new assignee, with the reason; {@code version} is the assignment's version. */
public record AssignmentReassignment(@Nullable AssignmentDraft assignee, @Nullable String reason,
		@Nullable Long version) {
}
