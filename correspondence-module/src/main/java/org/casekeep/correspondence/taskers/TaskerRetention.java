package org.casekeep.correspondence.taskers;

import java.util.UUID;

import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Destroys taskers whose retention ended (GRS 4.1 item 010: one year after closure), with their assignments and
 * history, and confirms it to the kernel. Idempotent: a tasker already gone is only confirmed.
 */
@Component
class TaskerRetention {

	private final Taskers taskers;
	private final RetentionRegistry retention;

	TaskerRetention(Taskers taskers, RetentionRegistry retention) {
		this.taskers = taskers;
		this.retention = retention;
	}

	@ApplicationModuleListener(id = "correspondence.tasker-on-retention-period-ended")
	void on(RetentionPeriodEnded event) {
		if (!event.recordType().equals(Tasker.RECORD_TYPE)) {
			return;
		}
		UUID id = UUID.fromString(event.recordId());
		// Assignments and history rows go with the tasker (on delete cascade in the schema).
		taskers.findById(id).ifPresent(taskers::delete);
		retention.confirmDestroyed(Tasker.RECORD_TYPE, event.recordId());
	}
}
