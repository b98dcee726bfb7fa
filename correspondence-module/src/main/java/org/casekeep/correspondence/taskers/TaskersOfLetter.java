package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.intake.LetterTaskers;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taskers a letter's page lists (PIA "Receipt &amp; Assignment"): only those the viewer may see, filtered in SQL
 * by {@link TaskerViewers} like every list of taskers, and released through the kernel's guard. Someone who may read
 * the letter but look for no tasker (no role of the office) sees none.
 */
@Component
class TaskersOfLetter implements LetterTaskers {

	private final Taskers taskers;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;

	TaskersOfLetter(Taskers taskers, AccessPolicy access, PersonalDataGuard guard) {
		this.taskers = taskers;
		this.access = access;
		this.guard = guard;
	}

	@Override
	// Not read-only: the read of the subjects is audited in this transaction.
	@Transactional
	public List<Line> of(UUID correspondenceId) {
		Actor actor = Actors.current().orElse(null);
		if (actor == null || !access.permits(actor, Operation.SEARCH, RecordFacts.ofType(Tasker.RECORD_TYPE))) {
			return List.of();
		}
		Instant now = TaskerChanges.now();
		List<Tasker> found = taskers.findVisibleAnswering(TaskerViewers.seesEverything(actor), TaskerViewers.of(actor),
				correspondenceId);
		Map<UUID, Tasker> byId = new HashMap<>();
		List<Line> lines = new ArrayList<>(found.size());
		for (Tasker t : found) {
			byId.put(t.getId(), t);
			lines.add(new Line(t.getId(), t.getSubject(), t.getStatus().getLabel(),
					t.currentAssignments().stream().map(Assignment::describe).toList(), t.getDueAt(),
					t.getStatus().isOpen() && TaskerDueDates.isOverdue(t.getDueAt(), now), Set.of()));
		}
		return guard.releaseAll(lines, line -> byId.get(line.id()).facts(), TaskerChanges.PURPOSE);
	}
}
