package org.casekeep.correspondence.taskers;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one assignment of a tasker stands. {@code WAITING} for an earlier sequential step of its routing,
 * {@code ACTIVE} (the assignee may answer), {@code ANSWERED}, or {@code REASSIGNED} to somebody else (kept for the
 * history, no longer counted). {@link #next()} is the one statement of the moves; the {@link Assignment} refuses
 * every other.
 */
public enum AssignmentStatus {
	WAITING, ACTIVE, ANSWERED, REASSIGNED;

	/** The statuses an assignment in this status may move to. */
	public Set<AssignmentStatus> next() {
		return switch (this) {
			case WAITING -> EnumSet.of(ACTIVE, REASSIGNED);
			case ACTIVE -> EnumSet.of(ANSWERED, REASSIGNED);
			case ANSWERED, REASSIGNED -> EnumSet.noneOf(AssignmentStatus.class);
		};
	}

	/** Not answered or reassigned yet. */
	public boolean isOpen() {
		return this == WAITING || this == ACTIVE;
	}
}
