package org.casekeep.correspondence.taskers;

import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.routing.AssignmentDraft;
import org.jspecify.annotations.Nullable;

/**
 * A new tasker as submitted by an Executive Secretariat user. Assign it at once with either a routing template or
 * ad hoc assignees (all active together), or leave both out to keep a draft.
 *
 * @param correspondenceId the correspondence the tasker answers, optional.
 * @param subject required, at most 500 characters.
 * @param instructions optional, at most 20,000 characters.
 * @param businessDays federal business days to answer, 1 to 60.
 */
public record TaskerDraft(@Nullable UUID correspondenceId, @Nullable String subject, @Nullable String instructions,
		@Nullable Integer businessDays, @Nullable UUID templateId, @Nullable List<AssignmentDraft> assignees) {
}
