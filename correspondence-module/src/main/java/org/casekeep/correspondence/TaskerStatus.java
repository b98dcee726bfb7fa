package org.casekeep.correspondence;

/**
 * Where a tasker stands (ESTT). {@code DRAFT → ASSIGNED → COMPILED → CLEARED → DISPATCHED → CLOSED}; a tasker not yet
 * dispatched may be {@code CANCELLED}, which also closes it.
 */
public enum TaskerStatus {
	DRAFT, ASSIGNED, COMPILED, CLEARED, DISPATCHED, CLOSED, CANCELLED;

	boolean isOpen() {
		return this == DRAFT || this == ASSIGNED || this == COMPILED || this == CLEARED;
	}
}
