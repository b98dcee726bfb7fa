package org.casekeep.correspondence.taskers;

import org.jspecify.annotations.Nullable;

/**
 * An assignee's answer.
 *
 * @param kind required.
 * @param text comments, the reason of a non-concurrence or the draft response; required except for a concurrence.
 * @param version the assignment version answered, required so that no answer is lost.
 */
public record AssignmentAnswerDraft(@Nullable AssignmentAnswerKind kind, @Nullable String text, @Nullable Long version) {
}
