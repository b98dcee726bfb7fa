package org.casekeep.correspondence.office;

import java.util.List;
import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.notify.ViewerKeys;
import org.springframework.stereotype.Component;

/**
 * Tells the kernel's notifier who may open a tasker, so a notice about one (a reminder, an escalation) is seen by
 * exactly those who see the tasker ({@link TaskerViewers}; FEMA ACT, ESTT: the assigning office, the assignees and
 * their leadership; PIA 8.3: a need to know).
 */
@Component
class TaskerViewerKeys implements ViewerKeys {

	@Override
	public String recordType() {
		return TaskerViewers.RECORD_TYPE;
	}

	@Override
	public Set<String> keysOf(Actor actor) {
		return Set.copyOf(List.of(TaskerViewers.of(actor)));
	}

	@Override
	public boolean opensEvery(Actor actor) {
		return TaskerViewers.seesEverything(actor);
	}
}
