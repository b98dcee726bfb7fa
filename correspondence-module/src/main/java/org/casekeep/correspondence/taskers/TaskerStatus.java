package org.casekeep.correspondence.taskers;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a tasker stands (ESTT). {@code DRAFT → ASSIGNED → COMPILED → CLEARED → DISPATCHED → CLOSED}; a tasker not yet
 * dispatched may be {@code CANCELLED}, which also closes it. An assigned tasker may be assigned further (more
 * assignees), answered, extended and reassigned. {@link #next()} is the one statement of these rules; the
 * {@link Tasker} refuses every other move.
 */
public enum TaskerStatus {
	DRAFT("Draft"), ASSIGNED("Assigned"), COMPILED("Compiled"), CLEARED("Cleared"), DISPATCHED("Dispatched"),
	CLOSED("Closed"), CANCELLED("Cancelled");

	private final String label;

	TaskerStatus(String label) {
		this.label = label;
	}

	/** The status as the office reads it on every page. */
	public String getLabel() {
		return label;
	}

	/** Not closed or cancelled yet: a correspondence with such a tasker stays open. */
	static final Set<TaskerStatus> UNFINISHED = EnumSet.of(DRAFT, ASSIGNED, COMPILED, CLEARED, DISPATCHED);

	/** The statuses a tasker in this status may move to. */
	public Set<TaskerStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(ASSIGNED, CANCELLED);
			case ASSIGNED -> EnumSet.of(ASSIGNED, COMPILED, CANCELLED);
			case COMPILED -> EnumSet.of(CLEARED, CANCELLED);
			case CLEARED -> EnumSet.of(DISPATCHED, CANCELLED);
			case DISPATCHED -> EnumSet.of(CLOSED);
			case CLOSED, CANCELLED -> EnumSet.noneOf(TaskerStatus.class);
		};
	}

	/** Whether the assignees work on it now: only an assigned tasker is answered, extended or reassigned. */
	public boolean takesAnswers() {
		return this == ASSIGNED;
	}

	/** Not dispatched, closed or cancelled yet: it may become overdue. */
	public boolean isOpen() {
		return this == DRAFT || this == ASSIGNED || this == COMPILED || this == CLEARED;
	}

	/** How a move into this status is named in a refusal: "cannot be compiled". */
	String verb() {
		return this == DRAFT ? "drafted" : name().toLowerCase(Locale.ROOT);
	}

	/** As a refusal says where a tasker stands: "A tasker that is compiled". */
	String described() {
		return name().toLowerCase(Locale.ROOT);
	}
}
