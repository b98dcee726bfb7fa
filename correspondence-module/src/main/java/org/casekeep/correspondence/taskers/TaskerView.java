package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.drafts.TaskerAttachmentSummary;
import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * A tasker as it leaves the module, released through the kernel's guard (its free text is declared on
 * {@link Tasker}); {@code mayManage} tells whether the viewer is the assigning office; {@code attachments} are the
 * files uploaded as draft responses; {@code clearances} the levels signed so far and {@code nextClearance} the level
 * still to sign (while compiled).
 */
@ReleasedAs(Tasker.RECORD_TYPE)
public record TaskerView(UUID id, @Nullable UUID correspondenceId, @Nullable String subject,
		@Nullable String instructions, String assigningComponent, String createdBy, TaskerStatus status,
		int businessDays, Instant createdAt, @Nullable Instant assignedAt, Instant dueAt, boolean overdue,
		@Nullable String compiledResponse, @Nullable String compiledBy, @Nullable Instant compiledAt,
		@Nullable String clearedBy, @Nullable Instant clearedAt, @Nullable String dispatchedBy,
		@Nullable Instant dispatchedAt, @Nullable Instant closedAt, @Nullable String cancelReason,
		String type, String typeLabel, List<Clearance> clearances, @Nullable String nextClearance,
		List<AssignmentView> assignments, List<TaskerAttachmentSummary> attachments, boolean mayManage, long version, Set<String> maskedFields) {

	/** A clearance level signed. */
	public record Clearance(int level, String levelName, String clearedBy, Instant clearedAt) {
	}
}
