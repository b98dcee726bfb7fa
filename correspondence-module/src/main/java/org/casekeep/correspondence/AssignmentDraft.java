package org.casekeep.correspondence;

import org.jspecify.annotations.Nullable;

/**
 * An assignee as submitted: a component, optionally an office within it or a named expert's username.
 */
public record AssignmentDraft(@Nullable String component, @Nullable String office, @Nullable String username) {
}
