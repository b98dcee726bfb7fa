package org.casekeep.correspondence.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open tasker passed its due date without being dispatched; published once per tasker.
 *
 * @param taskerId the tasker.
 * @param assigningComponent the office that assigned it, to escalate to.
 * @param openComponents the components whose assignments are still unanswered.
 * @param dueAt the due date that passed.
 */
public record TaskerOverdue(UUID taskerId, String assigningComponent, List<String> openComponents, Instant dueAt,
		Instant occurredAt) {

	public TaskerOverdue {
		openComponents = List.copyOf(openComponents);
	}
}
