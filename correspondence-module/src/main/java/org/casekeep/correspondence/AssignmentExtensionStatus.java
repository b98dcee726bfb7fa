package org.casekeep.correspondence;

/** The state of an assignee's request for more time. */
public enum AssignmentExtensionStatus {
	REQUESTED, APPROVED, REFUSED
}
