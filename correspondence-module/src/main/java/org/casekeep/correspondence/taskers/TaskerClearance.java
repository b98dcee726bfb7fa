package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.correspondence.events.ResponseDispatched;
import org.casekeep.correspondence.events.TaskerOverdue;
import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assigning office's end of a tasker (PIA "Response"): compiling the answers into the response, clearing it,
 * dispatching it to the requester, closing the tasker (and with its last tasker the correspondence), or cancelling
 * it; and flagging taskers that passed their due date. A state that forbids the step is answered as invalid input
 * naming {@code status}; a stale version as a conflict.
 */
@Service
public class TaskerClearance {

	/**
	 * A change to a tasker by its assigning office: compile ({@code text} is the compiled response), clear, dispatch,
	 * close, cancel ({@code text} is the reason).
	 *
	 * @param version the tasker version acted on; optional, a stale one is refused with a conflict.
	 */
	public record Command(@Nullable String text, @Nullable Long version) {
	}

	static final int RESPONSE_MAX = 100_000;

	private final TaskerChanges changes;
	private final Taskers taskers;
	private final TrackedCorrespondence correspondence;
	private final RetentionRegistry retention;
	private final TaskerTypes types;

	TaskerClearance(TaskerChanges changes, Taskers taskers, TrackedCorrespondence correspondence,
			RetentionRegistry retention, TaskerTypes types) {
		this.types = types;
		this.changes = changes;
		this.taskers = taskers;
		this.correspondence = correspondence;
		this.retention = retention;
	}

	/** Compiles the answers into the response; refused while any assignment is open. */
	@Transactional
	public TaskerView compile(UUID id, Command command) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, command.version());
		tasker.requireCompilable();
		InputCheck check = new InputCheck();
		String response = check.requiredText("text", command.text(), "The compiled response", RESPONSE_MAX);
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		TaskerStatus from = tasker.getStatus();
		tasker.compile(response, actor.username(), now);
		return changes.changed(tasker, actor, "COMPILED", from, List.of("compiledResponse"), null, now);
	}

	/**
	 * Signs the next clearance level of the compiled response, as its tasker type sets them ({@link TaskerTypes});
	 * the last level clears it. Nobody clears alone: not who compiled it, not who kept SPII of its letter, and nobody
	 * signs two levels (409 naming why).
	 */
	@Transactional
	public TaskerView clear(UUID id, Command command) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, command.version());
		Instant now = TaskerChanges.now();
		TaskerStatus from = tasker.getStatus();
		List<String> levels = types.ofStored(tasker.getType()).clearance();
		java.util.Set<String> keptSpii = tasker.getCorrespondenceId() == null ? java.util.Set.of()
				: correspondence.spiiKeptBy(tasker.getCorrespondenceId());
		int level = tasker.getClearances().size() + 1;
		boolean cleared = tasker.clear(actor.username(), levels, keptSpii, now);
		String signed = "Level " + level + " of " + levels.size() + ": " + levels.get(level - 1);
		String note = optionalNote(command.text());
		return changes.changed(tasker, actor, cleared ? "CLEARED" : "CLEARANCE_SIGNED", from,
				List.of(cleared ? "status" : "clearances"), note == null ? signed : signed + ". " + note, now);
	}

	/** Dispatches the cleared response to the requester and tells other modules ({@link ResponseDispatched}). */
	@Transactional
	public TaskerView dispatch(UUID id, Command command) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, command.version());
		Instant now = TaskerChanges.now();
		TaskerStatus from = tasker.getStatus();
		tasker.dispatch(actor.username(), now);
		TaskerView view = changes.changed(tasker, actor, "DISPATCHED", from, List.of("status"),
				optionalNote(command.text()), now);
		if (tasker.getCorrespondenceId() != null) {
			correspondence.responseDispatched(tasker.getCorrespondenceId());
		}
		changes.publish(new ResponseDispatched(tasker.getId(), tasker.getCorrespondenceId(),
				tasker.getAssigningComponent(), now, now));
		return view;
	}

	/**
	 * Closes a dispatched tasker; its retention (GRS 4.1 item 010) counts from now. When no other tasker answering
	 * the same correspondence is open, the correspondence is closed too and its schedule starts counting.
	 */
	@Transactional
	public TaskerView close(UUID id, Command command) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, command.version());
		Instant now = TaskerChanges.now();
		TaskerStatus from = tasker.getStatus();
		tasker.close(now);
		trackClosed(tasker, now);
		TaskerView view = changes.changed(tasker, actor, "CLOSED", from, List.of("status"),
				optionalNote(command.text()), now);
		if (isLastOpen(tasker)) {
			correspondence.lastTaskerClosed(tasker.getCorrespondenceId());
		}
		return view;
	}

	/**
	 * Whether the tasker answers a correspondence no other open tasker answers: the correspondence then ends with it,
	 * answered or cancelled, and its schedule starts counting (PIA 5.1).
	 */
	private boolean isLastOpen(Tasker tasker) {
		UUID record = tasker.getCorrespondenceId();
		return record != null && !taskers.existsByCorrespondenceIdAndIdNotAndStatusIn(record, tasker.getId(),
				TaskerStatus.UNFINISHED);
	}

	/**
	 * Cancels a tasker not dispatched yet, with the reason; it is closed as well, and so is its correspondence when it
	 * was the last one open.
	 */
	@Transactional
	public TaskerView cancel(UUID id, Command command) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, command.version());
		tasker.requireMayBecome(TaskerStatus.CANCELLED);
		InputCheck check = new InputCheck();
		String reason = check.requiredText("text", command.text(), "The reason for cancelling", TaskerChanges.TEXT_MAX);
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		TaskerStatus from = tasker.getStatus();
		tasker.cancel(reason, now);
		trackClosed(tasker, now);
		TaskerView view = changes.changed(tasker, actor, "CANCELLED", from, List.of("cancelReason"), reason, now);
		if (isLastOpen(tasker)) {
			correspondence.lastTaskerCancelled(tasker.getCorrespondenceId());
		}
		return view;
	}

	/**
	 * Flags open taskers past their due date and publishes {@link TaskerOverdue} once for each. Safe to run on several
	 * instances at once: each tasker is flagged under its row lock, and a flagged tasker is skipped.
	 * @return how many taskers were flagged.
	 */
	@Transactional
	public int flagOverdue(Instant now, int limit) {
		int flagged = 0;
		for (UUID id : taskers.findOverdueNotFlagged(now, limit)) {
			Tasker tasker = taskers.findForUpdate(id).orElse(null);
			if (tasker == null || tasker.getOverdueFlaggedAt() != null || !tasker.getStatus().isOpen()
					|| !TaskerDueDates.isOverdue(tasker.getDueAt(), now)) {
				continue;
			}
			tasker.flagOverdue(now);
			List<String> open = tasker.currentAssignments().stream().filter(Assignment::isOpen)
				.map(Assignment::getComponent).distinct().toList();
			changes.record(tasker, Actor.SYSTEM, "OVERDUE", tasker.getStatus(), tasker.getStatus(), null, null, now);
			changes.publish(new TaskerOverdue(tasker.getId(), tasker.getAssigningComponent(), open,
					tasker.getDueAt(), now));
			flagged++;
		}
		return flagged;
	}

	private void trackClosed(Tasker tasker, Instant now) {
		retention.track(Tasker.RECORD_TYPE, tasker.getId().toString(),
				new RetentionFacts(tasker.getCreatedAt(), now, now, null));
	}

	private static @Nullable String optionalNote(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String note = text.strip();
		return note.length() > TaskerChanges.TEXT_MAX ? note.substring(0, TaskerChanges.TEXT_MAX) : note;
	}
}
