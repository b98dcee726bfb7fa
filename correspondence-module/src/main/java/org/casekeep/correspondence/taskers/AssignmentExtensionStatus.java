package org.casekeep.correspondence.taskers;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of an assignee's request for more time: {@code REQUESTED}, then {@code APPROVED} or {@code REFUSED} by
 * the assigning office. An assignee may ask again, decided or not.
 */
public enum AssignmentExtensionStatus {
	REQUESTED, APPROVED, REFUSED;

	/** The states a request in this state may move to. */
	public Set<AssignmentExtensionStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(REQUESTED, APPROVED, REFUSED);
			case APPROVED, REFUSED -> EnumSet.of(REQUESTED);
		};
	}
}
