package org.casekeep.correspondence.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of taskers (ESTT). Lines are written in the transaction of the change they record, which must exist,
 * and read in order; whoever reads them has checked that the reader may see the tasker and releases them through the
 * kernel's guard. Lines go with their tasker when it is destroyed.
 */
@Service
public class TaskerHistories {

	private final TaskerHistory history;

	TaskerHistories(TaskerHistory history) {
		this.history = history;
	}

	/**
	 * Writes one line.
	 *
	 * @param from the status before: the tasker's for a tasker step, the assignment's for an assignment step.
	 * @param assignmentId the assignment a step concerns, {@literal null} for the tasker as a whole.
	 * @param note free text of the step (reasons, notes), {@literal null} if none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID taskerId, Actor actor, String action, @Nullable Enum<?> from, @Nullable Enum<?> to,
			@Nullable UUID assignmentId, @Nullable String note, Instant now) {
		history.save(new TaskerHistoryEntry(taskerId, now, actor.username(), actor.component(), action,
				from == null ? null : from.name(), to == null ? null : to.name(), assignmentId, note));
	}

	/** The lines of a tasker, in the order they happened. */
	@Transactional(readOnly = true)
	public List<TaskerHistoryView> of(UUID taskerId) {
		return history.findByTaskerId(taskerId).stream().map(TaskerHistoryEntry::view).toList();
	}
}
