package org.casekeep.correspondence.taskers;

import org.jspecify.annotations.Nullable;

/**
 * A change to a tasker by its assigning office: compile ({@code text} is the compiled response), clear, dispatch,
 * close, cancel ({@code text} is the reason).
 *
 * @param version the tasker version acted on; optional, a stale one is refused with a conflict.
 */
public record TaskerCommand(@Nullable String text, @Nullable Long version) {
}
