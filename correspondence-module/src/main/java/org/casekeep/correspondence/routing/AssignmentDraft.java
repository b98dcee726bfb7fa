package org.casekeep.correspondence.routing;

import org.casekeep.correspondence.office.DepartmentComponents;
import org.jspecify.annotations.Nullable;

/**
 * An assignee as submitted: a component, optionally an office within it or a named expert's username; or
 * {@code {"department": true}} alone for the whole Department (see {@link DepartmentComponents} for which components
 * that is).
 *
 * @param department {@literal true} for the whole Department; then component, office and username must be empty.
 */
public record AssignmentDraft(@Nullable String component, @Nullable String office, @Nullable String username,
		@Nullable Boolean department) {

	/** One component, office or named expert. */
	public AssignmentDraft(@Nullable String component, @Nullable String office, @Nullable String username) {
		this(component, office, username, null);
	}

	/** The whole Department. */
	public static AssignmentDraft wholeDepartment() {
		return new AssignmentDraft(null, null, null, true);
	}

	boolean isWholeDepartment() {
		return Boolean.TRUE.equals(department);
	}
}
