package org.casekeep.correspondence.routing;

import org.jspecify.annotations.Nullable;

/**
 * Who an assignment goes to: a whole component ({@code office} and {@code username} empty), an office within a
 * component ({@code office} set), or a named subject matter expert ({@code username} set, with their component).
 *
 * @param component the component code, must not be {@literal null}.
 */
public record AssignmentTarget(String component, @Nullable String office, @Nullable String username) {

	/** For history entries and messages: who the assignment is for, without any free text. */
	public String describe() {
		if (username != null) {
			return username + " (" + component + ")";
		}
		return office != null ? component + " / " + office : component;
	}
}
