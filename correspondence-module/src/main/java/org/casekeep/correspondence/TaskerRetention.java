package org.casekeep.correspondence;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys taskers whose retention ended (GRS 4.1 item 010: one year after closure), with their assignments,
 * history and uploaded drafts (on delete cascade in the schema); the kernel certifies the destruction. A tasker
 * already gone is nothing to do.
 */
@Component
class TaskerRetention {

	private final Taskers taskers;

	TaskerRetention(Taskers taskers) {
		this.taskers = taskers;
	}

	@Transactional
	void destroyExpired(UUID id) {
		taskers.findById(id).ifPresent(taskers::delete);
	}
}
