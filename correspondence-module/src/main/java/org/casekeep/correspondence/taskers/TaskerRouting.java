package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.correspondence.office.DepartmentComponents;
import org.casekeep.correspondence.routing.AssignmentDraft;
import org.casekeep.correspondence.routing.AssignmentTarget;
import org.casekeep.correspondence.routing.AssignmentTargets;
import org.casekeep.correspondence.routing.RoutingStep;
import org.casekeep.correspondence.routing.RoutingStepMode;
import org.casekeep.correspondence.routing.RoutingTemplateLibrary;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing a tasker (PIA "Receipt &amp; Assignment"; ESTT, IQ, FEMA ACT): the assigning office creates it and assigns
 * it by routing template or ad hoc, the whole Department among the assignees if asked, and replaces an assignee by
 * another. Every change locks the tasker's row, writes its history and audit entry and announces each assignment
 * that becomes active ({@code TaskerAssigned}) in the same transaction.
 */
@Service
public class TaskerRouting {

	/**
	 * A new tasker as submitted by an Executive Secretariat user. Assign it at once with either a routing template or
	 * ad hoc assignees (all active together), or leave both out to keep a draft.
	 *
	 * @param correspondenceId the correspondence the tasker answers, optional.
	 * @param subject required, at most 500 characters.
	 * @param instructions optional, at most 20,000 characters.
	 * @param businessDays federal business days to answer, 1 to 60.
	 */
	public record Draft(@Nullable UUID correspondenceId, @Nullable String subject, @Nullable String instructions,
			@Nullable Integer businessDays, @Nullable UUID templateId, @Nullable List<AssignmentDraft> assignees,
			@Nullable String type) {

		/** A tasker of the standard type. */
		public Draft(@Nullable UUID correspondenceId, @Nullable String subject, @Nullable String instructions,
				@Nullable Integer businessDays, @Nullable UUID templateId, @Nullable List<AssignmentDraft> assignees) {
			this(correspondenceId, subject, instructions, businessDays, templateId, assignees, null);
		}
	}

	/**
	 * Assigning a tasker: a routing template, or ad hoc assignees (active together with the open ones). One of the two.
	 *
	 * @param version the tasker version edited; optional, checked when given.
	 */
	public record AssignmentRequest(@Nullable UUID templateId, @Nullable List<AssignmentDraft> assignees,
			@Nullable Long version) {
	}

	/** Reassigning an assignment to a new assignee, with the reason; {@code version} is the assignment's version. */
	public record Reassignment(@Nullable AssignmentDraft assignee, @Nullable String reason,
			@Nullable Long version) {
	}

	static final int SUBJECT_MAX = 500;

	private final TaskerChanges changes;
	private final Taskers taskers;
	private final RoutingTemplateLibrary templates;
	private final DepartmentComponents department;
	private final TrackedCorrespondence correspondence;
	private final AccessPolicy access;
	private final RetentionRegistry retention;
	private final AssignmentTargets assignees;
	private final TaskerTypes types;

	TaskerRouting(TaskerChanges changes, Taskers taskers, RoutingTemplateLibrary templates,
			DepartmentComponents department, TrackedCorrespondence correspondence, AccessPolicy access,
			RetentionRegistry retention, AssignmentTargets assignees, TaskerTypes types) {
		this.assignees = assignees;
		this.types = types;
		this.changes = changes;
		this.taskers = taskers;
		this.templates = templates;
		this.department = department;
		this.correspondence = correspondence;
		this.access = access;
		this.retention = retention;
	}

	/**
	 * Creates a tasker for the caller's component (an {@code exec_sec} user), assigned at once when asked to; an
	 * assignee {@code {"department": true}} assigns the whole Department ({@link DepartmentComponents}).
	 */
	@Transactional
	public TaskerView create(Draft draft) {
		Checked checked = checked(draft);
		Actor actor = checked.actor();
		String subject = checked.subject();
		String instructions = checked.instructions();
		int days = checked.days();
		String type = checked.type();
		AssignmentTargets.Requested adHoc = checked.adHoc();
		if (draft.correspondenceId() != null) {
			correspondence.requireLinkable(draft.correspondenceId(), actor);
		}
		Instant now = TaskerChanges.now();
		Tasker tasker = taskers.save(new Tasker(draft.correspondenceId(), subject, instructions, actor.component(),
				type, actor.username(), days, now, TaskerDueDates.dueAt(now, days)));
		changes.record(tasker, actor, "CREATED", null, TaskerStatus.DRAFT, null, null, now);
		changes.audit(tasker, AuditAction.CREATE, List.of("subject", "instructions"), null);
		retention.track(Tasker.RECORD_TYPE, tasker.getId().toString(), RetentionFacts.created(now));
		if (draft.templateId() != null) {
			applyTemplate(tasker, actor, draft.templateId(), now);
		}
		else if (!adHoc.targets().isEmpty() || adHoc.wholeDepartment()) {
			assignAdHoc(tasker, actor, adHoc, now);
		}
		return changes.release(tasker, actor);
	}

	/**
	 * Checks a draft as {@link #create} would, writing nothing: who may create it, its fields and its assignees (in
	 * the directory). Lets a caller refuse a whole request before it stores anything else (the one-page intake).
	 *
	 * @throws InvalidInputException naming {@code subject}, {@code instructions}, {@code businessDays}, {@code type}
	 * or {@code assignees}.
	 */
	@Transactional(readOnly = true)
	public void check(Draft draft) {
		checked(draft);
	}

	/** A draft's values, checked. */
	private record Checked(Actor actor, String subject, @Nullable String instructions, int days, String type,
			AssignmentTargets.Requested adHoc) {
	}

	private Checked checked(Draft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Tasker.RECORD_TYPE));
		InputCheck check = new InputCheck();
		String subject = check.requiredText("subject", draft.subject(), "Subject", SUBJECT_MAX);
		String instructions = check.text("instructions", draft.instructions(), "Instructions", TaskerChanges.TEXT_MAX);
		Integer days = draft.businessDays();
		if (days == null) {
			check.reject("businessDays", "The number of business days to answer is required");
		}
		else if (days < TaskerDueDates.MIN_BUSINESS_DAYS || days > TaskerDueDates.MAX_BUSINESS_DAYS) {
			check.reject("businessDays", "Business days must be between " + TaskerDueDates.MIN_BUSINESS_DAYS + " and "
					+ TaskerDueDates.MAX_BUSINESS_DAYS);
		}
		String type = draft.type() == null || draft.type().isBlank() ? TaskerTypes.STANDARD
				: check.optional("type", draft.type(), raw -> types.of(raw).map(TaskerTypes.Type::code)
					.orElseThrow(() -> new IllegalArgumentException("Choose one of " + types.all().stream()
						.map(TaskerTypes.Type::code).collect(java.util.stream.Collectors.joining(", ")))));
		AssignmentTargets.Requested adHoc = new AssignmentTargets.Requested(List.of(), false);
		if (draft.templateId() != null && draft.assignees() != null && !draft.assignees().isEmpty()) {
			check.reject("assignees", "Give either a routing template or assignees, not both");
		}
		else if (draft.assignees() != null && !draft.assignees().isEmpty()) {
			adHoc = assignees.withDepartment(check, "assignees", draft.assignees());
		}
		check.throwIfInvalid();
		return new Checked(actor, java.util.Objects.requireNonNull(subject), instructions,
				java.util.Objects.requireNonNull(days), type == null ? TaskerTypes.STANDARD : type, adHoc);
	}

	/**
	 * Assigns a draft or assigned tasker by routing template or to ad hoc assignees, the whole Department among them
	 * if asked ({@code {"department": true}}): one assignment per component of {@link DepartmentComponents} not
	 * assigned as a whole already, recorded once in the history as a Department-wide assignment.
	 */
	@Transactional
	public TaskerView assign(UUID id, AssignmentRequest request) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, request.version());
		tasker.requireMayBecome(TaskerStatus.ASSIGNED);
		boolean hasAssignees = request.assignees() != null && !request.assignees().isEmpty();
		if ((request.templateId() == null) == !hasAssignees) {
			throw InvalidInputException.of("templateId", "Give either a routing template or assignees");
		}
		Instant now = TaskerChanges.now();
		if (request.templateId() != null) {
			applyTemplate(tasker, actor, request.templateId(), now);
		}
		else {
			InputCheck check = new InputCheck();
			AssignmentTargets.Requested requested = assignees.withDepartment(check, "assignees",
					request.assignees());
			for (AssignmentTarget target : requested.targets()) {
				if (isAssigned(tasker, target)) {
					check.reject("assignees", target.describe() + " is already assigned");
				}
			}
			check.throwIfInvalid();
			assignAdHoc(tasker, actor, requested, now);
		}
		return changes.release(tasker, actor);
	}

	/** Replaces an open assignment by another assignee, with the reason; the old one stays in the history. */
	@Transactional
	public TaskerView reassign(UUID id, UUID assignmentId, Reassignment request) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, null);
		Assignment assignment = changes.assignment(tasker, assignmentId, request.version());
		tasker.requireAnswering("reassigned");
		assignment.requireOpen("reassigned");
		InputCheck check = new InputCheck();
		String reason = check.requiredText("reason", request.reason(), "The reason for reassigning",
				TaskerChanges.TEXT_MAX);
		List<AssignmentTarget> targets = assignees.of(check, "assignee",
				request.assignee() == null ? null : List.of(request.assignee()));
		if (!targets.isEmpty() && isAssigned(tasker, targets.getFirst())) {
			check.reject("assignee", targets.getFirst().describe() + " is already assigned");
		}
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		Assignment.Status from = assignment.getStatus();
		Assignment replacement = tasker.reassign(assignment, targets.getFirst());
		changes.record(tasker, actor, "REASSIGNED", from, Assignment.Status.REASSIGNED, assignment.getId(),
				assignment.describe() + " → " + replacement.describe() + ": " + reason, now);
		changes.record(tasker, actor, "ASSIGNED", null, Assignment.Status.WAITING, replacement.getId(),
				replacement.describe(), now);
		changes.activate(tasker, actor, now);
		tasker.touch(now);
		return changes.saved(tasker, actor, List.of("assignments"), "reassigned");
	}

	private void applyTemplate(Tasker tasker, Actor actor, UUID templateId, Instant now) {
		List<RoutingStep> steps = templates.stepsOf(templateId);
		InputCheck check = new InputCheck();
		for (RoutingStep step : steps) {
			assignees.verify(check, "templateId", step.assignees());
			for (AssignmentTarget target : step.assignees()) {
				if (isAssigned(tasker, target)) {
					check.reject("templateId", target.describe() + " is already assigned");
				}
			}
		}
		check.throwIfInvalid();
		TaskerStatus from = tasker.getStatus();
		tasker.markAssigned(now);
		int stage = tasker.nextStage();
		for (int i = 0; i < steps.size(); i++) {
			if (i > 0 && steps.get(i).mode() == RoutingStepMode.SEQUENTIAL) {
				stage++;
			}
			for (AssignmentTarget target : steps.get(i).assignees()) {
				Assignment assignment = tasker.addAssignment(stage, target, null);
				changes.record(tasker, actor, "ASSIGNED", null, Assignment.Status.WAITING, assignment.getId(),
						assignment.describe() + " (step " + (i + 1) + ", " + steps.get(i).mode() + ")", now);
			}
		}
		assigned(tasker, actor, from, "routing template " + templateId, now);
	}

	private void assignAdHoc(Tasker tasker, Actor actor, AssignmentTargets.Requested requested, Instant now) {
		List<String> wholeDepartment = requested.wholeDepartment() ? departmentFor(tasker, requested.targets())
				: List.of();
		TaskerStatus from = tasker.getStatus();
		tasker.markAssigned(now);
		boolean anyOpen = tasker.currentAssignments().stream().anyMatch(Assignment::isOpen);
		int stage = anyOpen ? tasker.activeStage() : tasker.nextStage();
		for (AssignmentTarget target : requested.targets()) {
			Assignment assignment = tasker.addAssignment(stage, target, null);
			changes.record(tasker, actor, "ASSIGNED", null, Assignment.Status.WAITING, assignment.getId(),
					assignment.describe(), now);
		}
		if (!wholeDepartment.isEmpty()) {
			for (String component : wholeDepartment) {
				tasker.addAssignment(stage, new AssignmentTarget(component, null, null), null, true);
			}
			// ESTT: one line for the Department-wide assignment, not one per component.
			changes.record(tasker, actor, TaskerChanges.DEPARTMENT_ASSIGNED, null, Assignment.Status.WAITING, null,
					TaskerChanges.departmentNote(wholeDepartment), now);
		}
		assigned(tasker, actor, from, null, now);
	}

	/**
	 * The components a Department-wide assignment adds: those of {@link DepartmentComponents} not already assigned as
	 * a whole, on the tasker or in the same request.
	 */
	private List<String> departmentFor(Tasker tasker, List<AssignmentTarget> alsoRequested) {
		Set<String> assignedAsWhole = new HashSet<>();
		for (Assignment assignment : tasker.currentAssignments()) {
			if (assignment.getOffice() == null && assignment.getUsername() == null) {
				assignedAsWhole.add(assignment.getComponent());
			}
		}
		for (AssignmentTarget target : alsoRequested) {
			if (target.office() == null && target.username() == null) {
				assignedAsWhole.add(target.component());
			}
		}
		List<String> components = department.answeringFor(tasker.getAssigningComponent()).stream()
			.filter(component -> !assignedAsWhole.contains(component))
			.toList();
		if (components.isEmpty()) {
			throw InvalidInputException.of("assignees", "Every component that answers Department-wide taskers is "
					+ "already assigned");
		}
		return components;
	}

	private void assigned(Tasker tasker, Actor actor, TaskerStatus from, @Nullable String note, Instant now) {
		if (from != tasker.getStatus()) {
			changes.record(tasker, actor, "STATUS", from, tasker.getStatus(), null, note, now);
		}
		if (tasker.getCorrespondenceId() != null) {
			correspondence.taskerAssigned(tasker.getCorrespondenceId());
		}
		changes.activate(tasker, actor, now);
		taskers.saveAndFlush(tasker);
		changes.audit(tasker, AuditAction.UPDATE, List.of("assignments"), "assigned");
	}

	private static boolean isAssigned(Tasker tasker, AssignmentTarget target) {
		return tasker.currentAssignments().stream().anyMatch(a -> a.target().equals(target));
	}
}
