package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.drafts.DraftResponses;
import org.casekeep.correspondence.drafts.TaskerAttachmentSummary;
import org.casekeep.correspondence.events.TaskerAssigned;
import org.casekeep.correspondence.history.TaskerHistories;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every change to a tasker shares (ESTT): its row locked, the caller's right to see or manage it checked, a
 * line of history written, activated assignments announced, the change saved and audited (field names and a note,
 * no values) and the tasker released through the kernel's guard. Runs in the caller's transaction.
 * <p>
 * A tasker the caller may not see is reported as not found, never as forbidden, so its existence is not revealed.
 */
@Component
class TaskerChanges {

	/** Purpose recorded in read-audit entries and audit entries of taskers. */
	static final String PURPOSE = "tasker routing";
	/** The longest free text of a step: instructions, reasons, notes, answers. */
	static final int TEXT_MAX = 20_000;
	/** The history action of a Department-wide assignment, recorded once for all its components. */
	static final String DEPARTMENT_ASSIGNED = "ASSIGNED_DEPARTMENT";

	private final Taskers taskers;
	private final TaskerHistories history;
	private final DraftResponses drafts;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final PersonalDataGuard guard;
	private final ApplicationEventPublisher events;
	private final TaskerTypes types;

	TaskerChanges(Taskers taskers, TaskerHistories history, DraftResponses drafts, AccessPolicy access,
			AuditTrail audit, PersonalDataGuard guard, ApplicationEventPublisher events, TaskerTypes types) {
		this.types = types;
		this.taskers = taskers;
		this.history = history;
		this.drafts = drafts;
		this.access = access;
		this.audit = audit;
		this.guard = guard;
		this.events = events;
	}

	/** The tasker, unlocked, or not found. */
	Tasker find(UUID id) {
		return taskers.findById(id).orElseThrow(() -> notFound(id));
	}

	/** The tasker, its row locked for the rest of the transaction, or not found. */
	Tasker lock(UUID id) {
		return taskers.findForUpdate(id).orElseThrow(() -> notFound(id));
	}

	/** The caller, if they may see the tasker; otherwise the refusal is audited and reported as not found. */
	Actor visible(Tasker tasker) {
		try {
			return access.check(Operation.READ, tasker.facts());
		}
		catch (AccessDeniedException ex) {
			throw notFound(tasker.getId());
		}
	}

	/** The caller, if they are the assigning office (and the version given, if any, is current). */
	Actor manage(Tasker tasker, @Nullable Long version) {
		visible(tasker);
		Actor actor = access.check(Operation.UPDATE, tasker.facts());
		if (version != null && version != tasker.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Tasker.class, tasker.getId());
		}
		return actor;
	}

	/** One assignment of the tasker (and the version given, if any, is current), or not found. */
	Assignment assignment(Tasker tasker, UUID assignmentId, @Nullable Long version) {
		Assignment assignment = tasker.assignment(assignmentId)
			.orElseThrow(() -> new RecordNotFoundException(Assignment.RECORD_TYPE, assignmentId));
		if (version != null && version != assignment.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Assignment.class, assignmentId);
		}
		return assignment;
	}

	/** Refuses, audited on its own chain, anyone but the assignee of this assignment. */
	void answerer(Tasker tasker, Assignment assignment, Actor actor) {
		if (!assignment.isAnsweredBy(actor)) {
			audit.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, Tasker.RECORD_TYPE,
					tasker.getId().toString(), tasker.getAssigningComponent(), List.of(), PURPOSE,
					"not the assignee of " + assignment.getId()));
			throw new AccessDeniedException("Only the assignee of this assignment may answer it or ask for more time");
		}
	}

	/** Writes one line of the tasker's history, in this transaction. */
	void record(Tasker tasker, Actor actor, String action, @Nullable Enum<?> from, @Nullable Enum<?> to,
			@Nullable UUID assignmentId, @Nullable String note, Instant now) {
		history.record(tasker.getId(), actor, action, from, to, assignmentId, note, now);
	}

	/** Activates the assignments whose step is due now, recording and announcing each ({@link TaskerAssigned}). */
	void activate(Tasker tasker, Actor actor, Instant now) {
		List<String> departmentWide = new ArrayList<>();
		for (Assignment assignment : tasker.activateReady()) {
			if (assignment.isDepartmentWide()) {
				departmentWide.add(assignment.getComponent());
			}
			else {
				record(tasker, actor, "ACTIVATED", Assignment.Status.WAITING, Assignment.Status.ACTIVE,
						assignment.getId(), assignment.describe(), now);
			}
			events.publishEvent(new TaskerAssigned(tasker.getId(), assignment.getId(), tasker.getAssigningComponent(),
					assignment.getComponent(), assignment.getUsername(), assignment.getDueAt(), now));
		}
		if (!departmentWide.isEmpty()) {
			record(tasker, actor, "ACTIVATED", Assignment.Status.WAITING, Assignment.Status.ACTIVE, null,
					departmentNote(departmentWide), now);
		}
	}

	/** How a Department-wide assignment is written in the history: once, with its components. */
	static String departmentNote(List<String> components) {
		return "Whole Department: " + components.size() + " components (" + String.join(", ", components) + ")";
	}

	/** Publishes an event of the tasker's, inside this transaction. */
	void publish(Object event) {
		events.publishEvent(event);
	}

	/** Audits a change of the tasker: the fields changed and a note, never their values. */
	void audit(Tasker tasker, AuditAction action, List<String> fields, @Nullable String details) {
		audit.record(new AuditEvent(action, Tasker.RECORD_TYPE, tasker.getId().toString(),
				tasker.getAssigningComponent(), fields, PURPOSE, details));
	}

	/** A status change of the assigning office: history line, save, audit and the released view. */
	TaskerView changed(Tasker tasker, Actor actor, String action, TaskerStatus from, List<String> fields,
			@Nullable String note, Instant now) {
		record(tasker, actor, action, from, tasker.getStatus(), null, note, now);
		taskers.saveAndFlush(tasker);
		audit(tasker, AuditAction.UPDATE, fields, action.toLowerCase(Locale.ROOT));
		return release(tasker, actor);
	}

	/** Saves a changed tasker, audits the change and releases the view. */
	TaskerView saved(Tasker tasker, Actor actor, List<String> fields, String details) {
		taskers.saveAndFlush(tasker);
		audit(tasker, AuditAction.UPDATE, fields, details);
		return release(tasker, actor);
	}

	/** The tasker's view with its uploaded files, released (masked and audited) for the actor. */
	TaskerView release(Tasker tasker, Actor actor) {
		return guard.release(view(tasker, actor, now(), drafts.of(tasker.getId())), tasker.facts(),
				PURPOSE);
	}

	TaskerView view(Tasker t, Actor actor, Instant now, List<TaskerAttachmentSummary> files) {
		boolean answering = t.getStatus().takesAnswers();
		TaskerTypes.Type type = types.ofStored(t.getType());
		List<AssignmentView> assignments = t.getAssignments().stream()
			.map(a -> new AssignmentView(a.getId(), a.getStage(), a.getComponent(), a.getOffice(), a.getUsername(),
					a.getStatus(), a.getDueAt(), a.getAnswerKind(), a.getAnswerText(), a.getAnsweredBy(),
					a.getAnsweredAt(), a.getExtensionRequestedUntil(), a.getExtensionReason(), a.getExtensionStatus(),
					a.getReplacesId(), answering && a.getStatus() == Assignment.Status.ACTIVE && a.isAnsweredBy(actor),
					a.isDepartmentWide(), a.getAnswerAttachmentId(), a.getVersion()))
			.toList();
		return new TaskerView(t.getId(), t.getCorrespondenceId(), t.getSubject(), t.getInstructions(),
				t.getAssigningComponent(), t.getCreatedBy(), t.getStatus(), t.getBusinessDays(), t.getCreatedAt(),
				t.getAssignedAt(), t.getDueAt(), t.getStatus().isOpen() && TaskerDueDates.isOverdue(t.getDueAt(), now),
				t.getCompiledResponse(), t.getCompiledBy(), t.getCompiledAt(), t.getClearedBy(), t.getClearedAt(),
				t.getDispatchedBy(), t.getDispatchedAt(), t.getClosedAt(), t.getCancelReason(), type.code(), type.label(),
				t.getClearances().stream().map(c -> new TaskerView.Clearance(c.getLevel(), c.getLevelName(),
						c.getClearedBy(), c.getClearedAt())).toList(),
				t.getStatus() == TaskerStatus.COMPILED && t.getClearances().size() < type.clearance().size()
						? type.clearance().get(t.getClearances().size()) : null,
				assignments,
				files, TaskerAccessRules.isAssigningOffice(actor, t.facts()), t.getVersion(), Set.of());
	}

	static RecordNotFoundException notFound(UUID id) {
		return new RecordNotFoundException(Tasker.RECORD_TYPE, id);
	}

	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}
}
