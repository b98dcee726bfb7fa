package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** A tasker in a list: enough for "my taskers" with due and overdue badges. */
@ReleasedAs(Tasker.RECORD_TYPE)
public record TaskerSummary(UUID id, @Nullable String subject, String assigningComponent, TaskerStatus status,
		Instant dueAt, boolean overdue, List<String> assignedComponents, int openAssignments, long version,
		Set<String> maskedFields) {
}
