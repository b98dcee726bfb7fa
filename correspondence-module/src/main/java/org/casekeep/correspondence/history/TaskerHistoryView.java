package org.casekeep.correspondence.history;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * One line of a tasker's history as it leaves the module. {@code fromStatus}/{@code toStatus} are the tasker's status
 * for tasker transitions and the assignment's status for assignment transitions ({@code assignmentId} set).
 */
@ReleasedAs(TaskerHistoryEntry.RECORD_TYPE)
public record TaskerHistoryView(long sequence, Instant occurredAt, String actor, @Nullable String actorComponent,
		String action, @Nullable String fromStatus, @Nullable String toStatus, @Nullable UUID assignmentId,
		@Nullable String note) {
}
