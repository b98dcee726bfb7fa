package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.drafts.DraftResponses;
import org.casekeep.correspondence.drafts.TaskerAttachmentFile;
import org.casekeep.correspondence.history.TaskerHistories;
import org.casekeep.correspondence.history.TaskerHistoryView;
import org.casekeep.correspondence.intake.CorrespondenceView;
import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading taskers (FEMA ACT, ESTT): one tasker, its history and its uploaded files for those who may see it (anyone
 * else is told it does not exist), "my taskers" and the dashboard's counts over only the taskers the caller may see,
 * filtered in SQL by {@link TaskerViewers}.
 */
@Service
public class TaskerQueries {

	/**
	 * Counts over the taskers the viewer may see, and nothing else (FEMA ACT).
	 *
	 * @param byStatus visible taskers per status.
	 * @param byComponent visible taskers per assigned component.
	 * @param overdue visible open taskers past their due date.
	 * @param total all visible taskers.
	 */
	public record Dashboard(Map<TaskerStatus, Long> byStatus, Map<String, Long> byComponent, long overdue,
			long total) {
	}

	/** A tasker in a list: enough for "my taskers" with due and overdue badges. */
	@ReleasedAs(Tasker.RECORD_TYPE)
	public record Summary(UUID id, @Nullable String subject, String assigningComponent, TaskerStatus status,
			Instant dueAt, boolean overdue, List<String> assignedComponents, int openAssignments, long version,
			Set<String> maskedFields) {
	}

	/** Which of "my taskers" to list: all visible, those due this week, or those overdue. */
	public enum Filter {
		ALL, DUE_THIS_WEEK, OVERDUE
	}

	static final int LIST_LIMIT = 200;

	private final TaskerChanges changes;
	private final Taskers taskers;
	private final TaskerHistories history;
	private final DraftResponses drafts;
	private final TaskerCounts counts;
	private final AccessPolicy access;
	private final PersonalDataGuard guard;
	private final TrackedCorrespondence correspondence;

	TaskerQueries(TaskerChanges changes, Taskers taskers, TaskerHistories history, DraftResponses drafts,
			TaskerCounts counts, AccessPolicy access, PersonalDataGuard guard, TrackedCorrespondence correspondence) {
		this.correspondence = correspondence;
		this.changes = changes;
		this.taskers = taskers;
		this.history = history;
		this.drafts = drafts;
		this.counts = counts;
		this.access = access;
		this.guard = guard;
	}

	/** One tasker, if the caller may see it; otherwise not found. */
	// Not read-only: the read of free text is audited in this transaction.
	@Transactional
	public TaskerView get(UUID id) {
		Tasker tasker = changes.find(id);
		Actor actor = changes.visible(tasker);
		return changes.release(tasker, actor);
	}

	/**
	 * The letter a tasker answers, for those who may see the tasker and read the letter (PIA "Receipt &amp;
	 * Assignment": the tasker opens the letter to its assignees). Masked and audited as every read of the letter; a
	 * tasker the caller may not see is not found; a letter they may not read (or none) is empty.
	 */
	// Not read-only: the read of the letter is audited in this transaction.
	@Transactional
	public Optional<CorrespondenceView> letter(UUID id) {
		Tasker tasker = changes.find(id);
		changes.visible(tasker);
		UUID letter = tasker.getCorrespondenceId();
		return letter == null ? Optional.empty() : correspondence.readable(letter);
	}

	/**
	 * "My taskers": those the caller may see, filtered in SQL (FEMA ACT), soonest due first, at most
	 * {@value #LIST_LIMIT}.
	 */
	// Not read-only: the read of free text is audited in this transaction.
	@Transactional
	public List<Summary> list(@Nullable TaskerStatus status, @Nullable Filter filter) {
		Actor actor = searcher();
		Instant now = TaskerChanges.now();
		Instant dueFrom = null;
		Instant dueBefore = null;
		boolean openOnly = false;
		if (filter == Filter.DUE_THIS_WEEK) {
			dueFrom = TaskerDueDates.startOfDay(now);
			dueBefore = TaskerDueDates.startOfNextWeek(now);
			openOnly = true;
		}
		else if (filter == Filter.OVERDUE) {
			dueBefore = now;
			openOnly = true;
		}
		List<Tasker> found = taskers.findVisible(TaskerViewers.seesEverything(actor), TaskerViewers.of(actor),
				status == null ? null : status.name(), dueFrom, dueBefore, openOnly, LIST_LIMIT);
		Map<UUID, Tasker> byId = new HashMap<>();
		List<Summary> summaries = new ArrayList<>(found.size());
		for (Tasker tasker : found) {
			byId.put(tasker.getId(), tasker);
			summaries.add(summary(tasker, now));
		}
		return guard.releaseAll(summaries, summary -> byId.get(summary.id()).facts(), TaskerChanges.PURPOSE);
	}

	/** Counts by status and by assigned component over the taskers the caller may see, and only those. */
	@Transactional(readOnly = true)
	public Dashboard dashboard() {
		return counts.of(searcher(), TaskerChanges.now());
	}

	/** The full history of a tasker, in the order it happened (ESTT); only for those who may see the tasker. */
	// Not read-only: the read of free text is audited in this transaction.
	@Transactional
	public List<TaskerHistoryView> history(UUID id) {
		Tasker tasker = changes.find(id);
		changes.visible(tasker);
		List<TaskerHistoryView> lines = history.of(id);
		return guard.release(new HistoryRelease(id, lines, Set.of()), tasker.facts(), TaskerChanges.PURPOSE)
			.entries();
	}

	/**
	 * A file uploaded to a tasker, for download: only for those who may see the tasker, otherwise not found. Each
	 * download is audited (by the guard, as a read of the file).
	 */
	@Transactional
	public TaskerAttachmentFile attachment(UUID id, UUID attachmentId) {
		Tasker tasker = changes.find(id);
		changes.visible(tasker);
		DraftResponses.Stored stored = drafts.file(id, attachmentId, tasker.facts())
			.orElseThrow(() -> new RecordNotFoundException(DraftResponses.RECORD_TYPE, attachmentId));
		try {
			access.check(Operation.READ, stored.facts());
		}
		catch (AccessDeniedException ex) {
			throw new RecordNotFoundException(DraftResponses.RECORD_TYPE, attachmentId);
		}
		return guard.release(stored.file(), stored.facts(), TaskerChanges.PURPOSE);
	}

	/**
	 * The caller, if they may look for taskers at all: Executive Secretariat staff and action officers of a
	 * component. Refusals are audited. For lists, counts and metrics over the visible taskers.
	 */
	public Actor searcher() {
		return access.check(Operation.SEARCH, RecordFacts.ofType(Tasker.RECORD_TYPE));
	}

	private static Summary summary(Tasker t, Instant now) {
		List<Assignment> current = t.currentAssignments();
		return new Summary(t.getId(), t.getSubject(), t.getAssigningComponent(), t.getStatus(), t.getDueAt(),
				t.getStatus().isOpen() && TaskerDueDates.isOverdue(t.getDueAt(), now),
				current.stream().map(Assignment::getComponent).distinct().toList(),
				(int) current.stream().filter(Assignment::isOpen).count(), t.getVersion(), Set.of());
	}

	/**
	 * A tasker's history as one release: its lines are released under their own declarations (the notes) and the
	 * read is one audit entry for the tasker, naming what the lines revealed.
	 */
	@ReleasedAs(Tasker.RECORD_TYPE)
	record HistoryRelease(UUID id, List<TaskerHistoryView> entries, Set<String> maskedFields) {
	}
}
