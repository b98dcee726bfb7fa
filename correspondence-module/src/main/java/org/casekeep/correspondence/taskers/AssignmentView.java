package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.correspondence.office.DepartmentComponents;
import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * One assignment as it leaves the module, shown only to those who may see its tasker.
 *
 * @param departmentWide part of a Department-wide assignment ({@link DepartmentComponents}).
 * @param answerAttachmentId the file uploaded as the draft response, if the answer was given as a file.
 */
@ReleasedAs(Assignment.RECORD_TYPE)
public record AssignmentView(UUID id, int stage, String component, @Nullable String office, @Nullable String username,
		Assignment.Status status, Instant dueAt, Assignment.@Nullable AnswerKind answerKind,
		@Nullable String answerText, @Nullable String answeredBy, @Nullable Instant answeredAt,
		@Nullable Instant extensionRequestedUntil, @Nullable String extensionReason,
		Assignment.@Nullable ExtensionStatus extensionStatus, @Nullable UUID replacesId, boolean mayAnswer,
		boolean departmentWide, @Nullable UUID answerAttachmentId, long version) {
}
