package org.casekeep.correspondence;

/**
 * Where one assignment of a tasker stands. {@code WAITING} for an earlier sequential step of its routing,
 * {@code ACTIVE} (the assignee may answer), {@code ANSWERED}, or {@code REASSIGNED} to somebody else (kept for the
 * history, no longer counted).
 */
public enum AssignmentStatus {
	WAITING, ACTIVE, ANSWERED, REASSIGNED
}
