package org.casekeep.correspondence;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a tasker stands (ESTT). {@code DRAFT → ASSIGNED → COMPILED → CLEARED → DISPATCHED → CLOSED}; a tasker not yet
 * dispatched may be {@code CANCELLED}, which also closes it.
 */
public enum TaskerStatus {
	DRAFT, ASSIGNED, COMPILED, CLEARED, DISPATCHED, CLOSED, CANCELLED;

	/** Not closed or cancelled yet: a correspondence with such a tasker stays open. */
	static final Set<TaskerStatus> UNFINISHED = EnumSet.of(DRAFT, ASSIGNED, COMPILED, CLEARED, DISPATCHED);

	boolean isOpen() {
		return this == DRAFT || this == ASSIGNED || this == COMPILED || this == CLEARED;
	}
}
