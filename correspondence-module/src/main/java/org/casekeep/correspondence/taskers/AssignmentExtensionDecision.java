package org.casekeep.correspondence.taskers;

import org.jspecify.annotations.Nullable;

/** The assigning office's decision on an extension request; {@code note} is optional. */
public record AssignmentExtensionDecision(@Nullable Boolean approve, @Nullable String note, @Nullable Long version) {
}
