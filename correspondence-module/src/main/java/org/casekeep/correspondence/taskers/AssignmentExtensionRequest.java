package org.casekeep.correspondence.taskers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An assignee asking for more time: the new due day (its end, in the office's zone) and why.
 * {@code version} is the assignment's version.
 */
public record AssignmentExtensionRequest(@Nullable LocalDate dueDate, @Nullable String reason, @Nullable Long version) {
}
