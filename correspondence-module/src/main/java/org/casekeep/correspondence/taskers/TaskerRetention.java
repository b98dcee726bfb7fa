package org.casekeep.correspondence.taskers;

import java.util.UUID;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys taskers whose retention ended (GRS 4.1 item 010: one year after closure), with their assignments,
 * history and uploaded drafts (on delete cascade in the schema); the kernel calls it as the system and certifies the
 * destruction. A tasker already gone is nothing to do.
 */
@Component
class TaskerRetention implements RecordDestroyer {

	private final Taskers taskers;

	TaskerRetention(Taskers taskers) {
		this.taskers = taskers;
	}

	@Override
	public String recordType() {
		return Tasker.RECORD_TYPE;
	}

	@Override
	@Transactional
	public void destroy(String recordId) {
		taskers.findById(UUID.fromString(recordId)).ifPresent(taskers::delete);
	}
}
