package org.casekeep.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.events.ResponseDispatched;
import org.casekeep.correspondence.events.TaskerAssigned;
import org.casekeep.correspondence.events.TaskerOverdue;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a tasker (ESTT, IQ, FEMA ACT; issue 3 items 4 and 6): creating and assigning it by routing template or
 * ad hoc, answers of the assignees, compiling, clearing, dispatching, closing and cancelling by the assigning office,
 * reassignment and extensions. Every change locks the tasker's row, checks the caller's permission, writes a history
 * line in the same transaction, audits and publishes its events there too.
 * <p>
 * A tasker the caller may not see is reported as not found, never as forbidden, so its existence is not revealed.
 * States that forbid a change (compiling with open assignments, answering a waiting step) are answered as invalid
 * input naming the field; a stale version as a conflict.
 */
@Service
public class TaskerRouting {

	static final String PURPOSE = "tasker routing";
	static final int LIST_LIMIT = 200;
	static final int SUBJECT_MAX = 500;
	static final int TEXT_MAX = 20_000;
	static final int RESPONSE_MAX = 100_000;
	/** The history action of a Department-wide assignment, recorded once for all its components. */
	static final String DEPARTMENT_ASSIGNED = "ASSIGNED_DEPARTMENT";

	private final Taskers taskers;
	private final TaskerHistory history;
	private final RoutingTemplateLibrary templates;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final RetentionRegistry retention;
	private final PersonalDataGuard guard;
	private final ApplicationEventPublisher events;
	private final TaskerCounts counts;
	private final CorrespondenceIntake correspondence;
	private final DepartmentComponents department;
	private final TaskerAttachments attachments;
	private final AttachmentText attachmentText;
	private final SpiiDetector detector = new SpiiDetector();

	TaskerRouting(Taskers taskers, TaskerHistory history, RoutingTemplateLibrary templates, AccessPolicy access,
			AuditTrail audit, RetentionRegistry retention, PersonalDataGuard guard, ApplicationEventPublisher events,
			TaskerCounts counts, DepartmentComponents department, TaskerAttachments attachments,
			AttachmentText attachmentText, CorrespondenceIntake correspondence) {
		this.taskers = taskers;
		this.correspondence = correspondence;
		this.attachments = attachments;
		this.attachmentText = attachmentText;
		this.department = department;
		this.counts = counts;
		this.history = history;
		this.templates = templates;
		this.access = access;
		this.audit = audit;
		this.retention = retention;
		this.guard = guard;
		this.events = events;
	}

	// --- creating and reading ---------------------------------------------------------------------------------------

	/**
	 * Creates a tasker for the caller's component (an {@code exec_sec} user), assigned at once when asked to; an
	 * assignee {@code {"department": true}} assigns the whole Department ({@link DepartmentComponents}).
	 */
	@Transactional
	public TaskerView create(TaskerDraft draft) {
		Actor actor = access.check(Operation.CREATE, RecordFacts.ofType(Tasker.RECORD_TYPE));
		InputCheck check = new InputCheck();
		String subject = check.requiredText("subject", draft.subject(), "Subject", SUBJECT_MAX);
		String instructions = check.text("instructions", draft.instructions(), "Instructions", TEXT_MAX);
		Integer days = draft.businessDays();
		if (days == null) {
			check.reject("businessDays", "The number of business days to answer is required");
		}
		else if (days < TaskerDueDates.MIN_BUSINESS_DAYS || days > TaskerDueDates.MAX_BUSINESS_DAYS) {
			check.reject("businessDays", "Business days must be between " + TaskerDueDates.MIN_BUSINESS_DAYS + " and "
					+ TaskerDueDates.MAX_BUSINESS_DAYS);
		}
		AssignmentTargets.Requested adHoc = new AssignmentTargets.Requested(List.of(), false);
		if (draft.templateId() != null && draft.assignees() != null && !draft.assignees().isEmpty()) {
			check.reject("assignees", "Give either a routing template or assignees, not both");
		}
		else if (draft.assignees() != null && !draft.assignees().isEmpty()) {
			adHoc = AssignmentTargets.withDepartment(check, "assignees", draft.assignees());
		}
		check.throwIfInvalid();
		if (draft.correspondenceId() != null) {
			correspondence.requireLinkable(draft.correspondenceId(), actor);
		}
		Instant now = now();
		Tasker tasker = taskers.save(new Tasker(draft.correspondenceId(), subject, instructions, actor.component(),
				actor.username(), days, now, TaskerDueDates.dueAt(now, days)));
		record(tasker, actor, "CREATED", null, TaskerStatus.DRAFT, null, null, now);
		audit.record(new AuditEvent(AuditAction.CREATE, Tasker.RECORD_TYPE, tasker.getId().toString(),
				tasker.getAssigningComponent(), List.of("subject", "instructions"), PURPOSE, null));
		retention.track(Tasker.RECORD_TYPE, tasker.getId().toString(), "GRS_4_1_010", RetentionFacts.created(now));
		if (draft.templateId() != null) {
			applyTemplate(tasker, actor, draft.templateId(), now);
		}
		else if (!adHoc.targets().isEmpty() || adHoc.wholeDepartment()) {
			assignAdHoc(tasker, actor, adHoc, now);
		}
		return release(tasker, actor);
	}

	/** One tasker, if the caller may see it; otherwise not found. */
	// Not read-only: the read of free text is audited in this transaction.
	@Transactional
	public TaskerView get(UUID id) {
		Tasker tasker = taskers.findById(id).orElseThrow(() -> notFound(id));
		Actor actor = visible(tasker);
		return release(tasker, actor);
	}

	/**
	 * "My taskers": those the caller may see, filtered in SQL (FEMA ACT), soonest due first, at most
	 * {@value #LIST_LIMIT}.
	 */
	// Not read-only: the read of free text is audited in this transaction.
	@Transactional
	public List<TaskerSummary> list(@Nullable TaskerStatus status, @Nullable TaskerFilter filter) {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(Tasker.RECORD_TYPE));
		Instant now = now();
		Instant dueFrom = null;
		Instant dueBefore = null;
		boolean openOnly = false;
		if (filter == TaskerFilter.DUE_THIS_WEEK) {
			dueFrom = TaskerDueDates.startOfDay(now);
			dueBefore = TaskerDueDates.startOfNextWeek(now);
			openOnly = true;
		}
		else if (filter == TaskerFilter.OVERDUE) {
			dueBefore = now;
			openOnly = true;
		}
		List<Tasker> found = taskers.findVisible(TaskerViewers.seesEverything(actor), TaskerViewers.of(actor),
				status == null ? null : status.name(), dueFrom, dueBefore, openOnly, LIST_LIMIT);
		Map<UUID, Tasker> byId = new HashMap<>();
		List<TaskerSummary> summaries = new ArrayList<>(found.size());
		for (Tasker tasker : found) {
			byId.put(tasker.getId(), tasker);
			summaries.add(summary(tasker, now));
		}
		return guard.releaseAll(summaries, summary -> byId.get(summary.id()).facts(), PURPOSE);
	}

	/** Counts by status and by assigned component over the taskers the caller may see, and only those. */
	@Transactional(readOnly = true)
	public TaskerDashboard dashboard() {
		Actor actor = access.check(Operation.SEARCH, RecordFacts.ofType(Tasker.RECORD_TYPE));
		return counts.of(actor, now());
	}

	/** The full history of a tasker, in the order it happened (ESTT); only for those who may see the tasker. */
	// Not read-only: the read of free text is audited in this transaction.
	@Transactional
	public List<TaskerHistoryView> history(UUID id) {
		Tasker tasker = taskers.findById(id).orElseThrow(() -> notFound(id));
		visible(tasker);
		List<TaskerHistoryView> lines = history.findByTaskerId(id).stream().map(TaskerHistoryEntry::view).toList();
		return guard.release(new TaskerHistoryRelease(id, lines, Set.of()), tasker.facts(), PURPOSE).entries();
	}

	// --- the assigning office -----------------------------------------------------------------------------------------

	/**
	 * Assigns a draft or assigned tasker by routing template or to ad hoc assignees, the whole Department among them
	 * if asked ({@code {"department": true}}): one assignment per component of {@link DepartmentComponents} not
	 * assigned as a whole already, recorded once in the history as a Department-wide assignment.
	 */
	@Transactional
	public TaskerView assign(UUID id, TaskerAssignmentRequest request) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, request.version());
		requireStatus(tasker, "status", "assigned", TaskerStatus.DRAFT, TaskerStatus.ASSIGNED);
		boolean hasAssignees = request.assignees() != null && !request.assignees().isEmpty();
		if ((request.templateId() == null) == !hasAssignees) {
			throw InvalidInputException.of("templateId", "Give either a routing template or assignees");
		}
		Instant now = now();
		if (request.templateId() != null) {
			applyTemplate(tasker, actor, request.templateId(), now);
		}
		else {
			InputCheck check = new InputCheck();
			AssignmentTargets.Requested requested = AssignmentTargets.withDepartment(check, "assignees",
					request.assignees());
			for (AssignmentTarget target : requested.targets()) {
				if (tasker.currentAssignments().stream().anyMatch(a -> a.target().equals(target))) {
					check.reject("assignees", target.describe() + " is already assigned");
				}
			}
			check.throwIfInvalid();
			assignAdHoc(tasker, actor, requested, now);
		}
		return release(tasker, actor);
	}

	/** Compiles the answers into the response; refused while any assignment is open. */
	@Transactional
	public TaskerView compile(UUID id, TaskerCommand command) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, command.version());
		requireStatus(tasker, "status", "compiled", TaskerStatus.ASSIGNED);
		long open = tasker.currentAssignments().stream().filter(Assignment::isOpen).count();
		if (open > 0) {
			throw InvalidInputException.of("assignments", open + (open == 1 ? " assignment is" : " assignments are")
					+ " not answered yet; compile once every assignee has answered");
		}
		InputCheck check = new InputCheck();
		String response = check.requiredText("text", command.text(), "The compiled response", RESPONSE_MAX);
		check.throwIfInvalid();
		Instant now = now();
		TaskerStatus from = tasker.getStatus();
		tasker.compile(response, actor.username(), now);
		return changed(tasker, actor, "COMPILED", from, List.of("compiledResponse"), null, now);
	}

	/** Records clearance of the compiled response. */
	@Transactional
	public TaskerView clear(UUID id, TaskerCommand command) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, command.version());
		requireStatus(tasker, "status", "cleared", TaskerStatus.COMPILED);
		Instant now = now();
		TaskerStatus from = tasker.getStatus();
		tasker.clear(actor.username(), now);
		return changed(tasker, actor, "CLEARED", from, List.of("status"), optionalNote(command.text()), now);
	}

	/** Dispatches the cleared response to the requester and tells other modules ({@link ResponseDispatched}). */
	@Transactional
	public TaskerView dispatch(UUID id, TaskerCommand command) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, command.version());
		requireStatus(tasker, "status", "dispatched", TaskerStatus.CLEARED);
		Instant now = now();
		TaskerStatus from = tasker.getStatus();
		tasker.dispatch(actor.username(), now);
		TaskerView view = changed(tasker, actor, "DISPATCHED", from, List.of("status"), optionalNote(command.text()), now);
		if (tasker.getCorrespondenceId() != null) {
			correspondence.responseDispatched(tasker.getCorrespondenceId());
		}
		events.publishEvent(new ResponseDispatched(tasker.getId(), tasker.getCorrespondenceId(),
				tasker.getAssigningComponent(), now, now));
		return view;
	}

	/**
	 * Closes a dispatched tasker; its retention (GRS 4.1 item 010) counts from now. When no other tasker answering
	 * the same correspondence is open, the correspondence is closed too and its schedule starts counting.
	 */
	@Transactional
	public TaskerView close(UUID id, TaskerCommand command) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, command.version());
		requireStatus(tasker, "status", "closed", TaskerStatus.DISPATCHED);
		Instant now = now();
		TaskerStatus from = tasker.getStatus();
		tasker.close(now);
		trackClosed(tasker, now);
		TaskerView view = changed(tasker, actor, "CLOSED", from, List.of("status"), optionalNote(command.text()), now);
		UUID record = tasker.getCorrespondenceId();
		if (record != null && !taskers.existsByCorrespondenceIdAndIdNotAndStatusIn(record, tasker.getId(),
				TaskerStatus.UNFINISHED)) {
			correspondence.lastTaskerClosed(record);
		}
		return view;
	}

	/** Cancels a tasker not dispatched yet, with the reason; it is closed as well. */
	@Transactional
	public TaskerView cancel(UUID id, TaskerCommand command) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, command.version());
		requireStatus(tasker, "status", "cancelled", TaskerStatus.DRAFT, TaskerStatus.ASSIGNED, TaskerStatus.COMPILED,
				TaskerStatus.CLEARED);
		InputCheck check = new InputCheck();
		String reason = check.requiredText("text", command.text(), "The reason for cancelling", TEXT_MAX);
		check.throwIfInvalid();
		Instant now = now();
		TaskerStatus from = tasker.getStatus();
		tasker.cancel(reason, now);
		trackClosed(tasker, now);
		return changed(tasker, actor, "CANCELLED", from, List.of("cancelReason"), reason, now);
	}

	/** Replaces an open assignment by another assignee, with the reason; the old one stays in the history. */
	@Transactional
	public TaskerView reassign(UUID id, UUID assignmentId, AssignmentReassignment request) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, null);
		Assignment assignment = assignment(tasker, assignmentId, request.version());
		requireStatus(tasker, "status", "reassigned", TaskerStatus.ASSIGNED);
		if (!assignment.isOpen()) {
			throw InvalidInputException.of("assignmentId", "Only an assignment not answered yet can be reassigned");
		}
		InputCheck check = new InputCheck();
		String reason = check.requiredText("reason", request.reason(), "The reason for reassigning", TEXT_MAX);
		List<AssignmentTarget> targets = AssignmentTargets.of(check, "assignee",
				request.assignee() == null ? null : List.of(request.assignee()));
		if (!targets.isEmpty() && tasker.currentAssignments().stream().anyMatch(a -> a.target().equals(targets.getFirst()))) {
			check.reject("assignee", targets.getFirst().describe() + " is already assigned");
		}
		check.throwIfInvalid();
		Instant now = now();
		AssignmentStatus from = assignment.getStatus();
		assignment.supersede();
		Assignment replacement = tasker.addAssignment(assignment.getStage(), targets.getFirst(), assignment.getId());
		record(tasker, actor, "REASSIGNED", from, AssignmentStatus.REASSIGNED, assignment.getId(),
				assignment.describe() + " → " + replacement.describe() + ": " + reason, now);
		record(tasker, actor, "ASSIGNED", null, AssignmentStatus.WAITING, replacement.getId(), replacement.describe(), now);
		activate(tasker, actor, now);
		tasker.touch(now);
		return saved(tasker, actor, List.of("assignments"), "reassigned");
	}

	/** Approves or refuses an assignee's request for more time; an approval may move the tasker's due date. */
	@Transactional
	public TaskerView decideExtension(UUID id, UUID assignmentId, AssignmentExtensionDecision decision) {
		Tasker tasker = lock(id);
		Actor actor = manage(tasker, null);
		Assignment assignment = assignment(tasker, assignmentId, decision.version());
		if (assignment.getExtensionStatus() != AssignmentExtensionStatus.REQUESTED) {
			throw InvalidInputException.of("assignmentId", "No extension request is waiting for a decision");
		}
		if (decision.approve() == null) {
			throw InvalidInputException.of("approve", "Approve or refuse the request");
		}
		InputCheck check = new InputCheck();
		String note = check.text("note", decision.note(), "The note", TEXT_MAX);
		check.throwIfInvalid();
		Instant now = now();
		assignment.decideExtension(decision.approve());
		if (decision.approve()) {
			tasker.extendTo(assignment.getDueAt(), now);
		}
		tasker.touch(now);
		record(tasker, actor, decision.approve() ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", assignment.getStatus(),
				assignment.getStatus(), assignment.getId(), note, now);
		return saved(tasker, actor, List.of("dueAt"), "extension decided");
	}

	// --- the assignees ------------------------------------------------------------------------------------------------

	/**
	 * Refuses SPII in what an assignee writes (PIA 3.4: sensitive PII does not enter the tasker's record), naming the
	 * kinds found and never the values.
	 */
	private void refuseSpii(InputCheck check, String field, @Nullable String text, String what) {
		String kinds = text == null ? null : spiiKinds(text);
		if (kinds != null) {
			check.reject(field, what + " contains sensitive PII (" + kinds + "). Remove it; nothing was stored.");
		}
	}

	/** The kinds of SPII in a text, as a list for a message, or {@literal null} if none was found. */
	private @Nullable String spiiKinds(String text) {
		List<SpiiFinding> findings = detector.scan(text);
		return findings.isEmpty() ? null : findings.stream().map(f -> f.kind().label()).distinct()
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** A tasker locked for an answer, who answers and the assignment answered. */
	private record Answering(Tasker tasker, Actor actor, Assignment assignment) {
	}

	/**
	 * Locks the tasker and checks that the caller may answer this assignment now: they see the tasker, are its
	 * assignee, the version they answer is given and current, and the assignment is open for an answer.
	 */
	private Answering answering(UUID id, UUID assignmentId, @Nullable Long version) {
		Tasker tasker = lock(id);
		Actor actor = visible(tasker);
		if (version == null) {
			throw InvalidInputException.of("version", "The version of the assignment you answer is required, so no "
					+ "answer is lost");
		}
		Assignment assignment = assignment(tasker, assignmentId, version);
		answerer(tasker, assignment, actor);
		requireAnswerable(tasker, assignment);
		return new Answering(tasker, actor, assignment);
	}

	/**
	 * Answers an active assignment: only its assignee (the named expert, or an action officer of the assigned
	 * component) may. The assignment's version is required; a stale one is a conflict, so no answer is lost. When a
	 * step is fully answered, the next sequential step becomes active.
	 */
	@Transactional
	public TaskerView answer(UUID id, UUID assignmentId, AssignmentAnswerDraft draft) {
		Answering answering = answering(id, assignmentId, draft.version());
		Tasker tasker = answering.tasker();
		Actor actor = answering.actor();
		Assignment assignment = answering.assignment();
		InputCheck check = new InputCheck();
		AssignmentAnswerKind kind = draft.kind();
		if (kind == null) {
			check.reject("kind", "Choose comments, concur, non-concur or draft response");
		}
		String text = check.text("text", draft.text(), "The answer", TEXT_MAX);
		if (kind != null && kind != AssignmentAnswerKind.CONCUR && text == null) {
			check.reject("text", switch (kind) {
				case NON_CONCUR -> "A reason is required to non-concur";
				case DRAFT_RESPONSE -> "The draft response is required";
				default -> "Comments are required";
			});
		}
		refuseSpii(check, "text", text, "The answer");
		check.throwIfInvalid();
		Instant now = now();
		assignment.answer(kind, text, actor.username(), now);
		record(tasker, actor, "ANSWERED_" + kind.name(), AssignmentStatus.ACTIVE, AssignmentStatus.ANSWERED,
				assignment.getId(), assignment.describe(), now);
		activate(tasker, actor, now);
		tasker.touch(now);
		taskers.saveAndFlush(tasker);
		audit.record(new AuditEvent(AuditAction.UPDATE, Tasker.RECORD_TYPE, id.toString(),
				tasker.getAssigningComponent(), List.of("answerText"), PURPOSE, "answered " + kind.name()));
		return release(tasker, actor);
	}

	/**
	 * Answers an active assignment with an uploaded draft official response (issue 3 item 4): a PDF or Word document
	 * with the same size and type checks as intake (413, 415), its text extracted and scanned for SPII. A file with
	 * SPII, or whose text cannot be read (and so cannot be checked), is refused naming the field {@code file} and the
	 * kinds found, never the values, and nothing is stored (PIA 3.4: SPII does not enter the draft-response record).
	 * Otherwise the file is kept as an attachment of the tasker, seen by exactly those who see the tasker. The same
	 * rules as {@link #answer}: only the assignee, the assignment's version required (a stale one is a conflict).
	 *
	 * @param draft the kind ({@code DRAFT_RESPONSE} or left out), an optional note as text, and the version.
	 * @param file the upload; {@literal null} is refused naming {@code file}.
	 * @throws AttachmentRejected for a file larger than 20 MB (413) or not a PDF or Word document (415).
	 */
	@Transactional
	public TaskerView answerWithFile(UUID id, UUID assignmentId, AssignmentAnswerDraft draft,
			@Nullable AttachmentUpload file) {
		Answering answering = answering(id, assignmentId, draft.version());
		Tasker tasker = answering.tasker();
		Actor actor = answering.actor();
		Assignment assignment = answering.assignment();
		InputCheck check = new InputCheck();
		if (draft.kind() != null && draft.kind() != AssignmentAnswerKind.DRAFT_RESPONSE) {
			check.reject("kind", "Only a draft response can be uploaded as a file; write other answers in place");
		}
		String note = check.text("text", draft.text(), "The note", TEXT_MAX);
		refuseSpii(check, "text", note, "The note");
		if (file == null) {
			check.reject("file", "Choose the file of your draft response (PDF or Word)");
		}
		check.throwIfInvalid();
		String fileName = fileName(file.fileName());
		AttachmentText.Checked checked = attachmentText.checkDocument(new AttachmentUpload(fileName, file.content()));
		if (checked.text().isBlank()) {
			throw InvalidInputException.of("file", "No text could be read from the file '" + fileName + "', so it "
					+ "cannot be checked for sensitive PII; upload a Word document or a PDF with text, not a scan.");
		}
		String kinds = spiiKinds(checked.text());
		if (kinds != null) {
			throw InvalidInputException.of("file", "The file '" + fileName + "' contains sensitive PII ("
					+ kinds + "). Remove it from the draft and upload it again; nothing was stored.");
		}
		Instant now = now();
		TaskerAttachment stored = attachments.save(new TaskerAttachment(tasker.getId(), assignment.getId(), fileName,
				checked.mediaType(), file.content(), checked.text(), actor.username(), now));
		assignment.answerWithFile(AssignmentAnswerKind.DRAFT_RESPONSE, note, stored.getId(), actor.username(), now);
		record(tasker, actor, "ANSWERED_" + AssignmentAnswerKind.DRAFT_RESPONSE.name(), AssignmentStatus.ACTIVE,
				AssignmentStatus.ANSWERED, assignment.getId(), assignment.describe() + " (uploaded file)", now);
		activate(tasker, actor, now);
		tasker.touch(now);
		taskers.saveAndFlush(tasker);
		audit.record(new AuditEvent(AuditAction.CREATE, TaskerAttachment.RECORD_TYPE, stored.getId().toString(),
				tasker.getAssigningComponent(), List.of("fileName", "content", "extractedText"), PURPOSE,
				"draft response uploaded to tasker " + id));
		audit.record(new AuditEvent(AuditAction.UPDATE, Tasker.RECORD_TYPE, id.toString(),
				tasker.getAssigningComponent(), List.of("answerText", "answerAttachmentId"), PURPOSE,
				"answered DRAFT_RESPONSE with a file"));
		return release(tasker, actor);
	}

	/**
	 * A file uploaded to a tasker, for download: only for those who may see the tasker, otherwise not found. Each
	 * download is audited (by the guard, as a read of the file).
	 */
	@Transactional
	public TaskerAttachmentFile attachment(UUID id, UUID attachmentId) {
		Tasker tasker = taskers.findById(id).orElseThrow(() -> notFound(id));
		visible(tasker);
		TaskerAttachment file = attachments.findById(attachmentId)
			.filter(a -> a.getTaskerId().equals(id))
			.orElseThrow(() -> new RecordNotFoundException(TaskerAttachment.RECORD_TYPE, attachmentId));
		RecordFacts facts = file.facts(tasker);
		try {
			access.check(Operation.READ, facts);
		}
		catch (AccessDeniedException ex) {
			throw new RecordNotFoundException(TaskerAttachment.RECORD_TYPE, attachmentId);
		}
		return guard.release(new TaskerAttachmentFile(file.getId(), file.getFileName(), file.getMediaType(),
				file.getContent(), java.util.Set.of()), facts, PURPOSE);
	}

	/** An assignee asks for more time: a later due day and the reason, decided by the assigning office. */
	@Transactional
	public TaskerView requestExtension(UUID id, UUID assignmentId, AssignmentExtensionRequest request) {
		Tasker tasker = lock(id);
		Actor actor = visible(tasker);
		Assignment assignment = assignment(tasker, assignmentId, request.version());
		answerer(tasker, assignment, actor);
		requireStatus(tasker, "status", "extended", TaskerStatus.ASSIGNED);
		if (!assignment.isOpen()) {
			throw InvalidInputException.of("assignmentId", "Only an assignment not answered yet can be extended");
		}
		InputCheck check = new InputCheck();
		LocalDate date = request.dueDate();
		if (date == null) {
			check.reject("dueDate", "The new due date is required");
		}
		else if (!date.isAfter(TaskerDueDates.localDate(assignment.getDueAt()))) {
			check.reject("dueDate", "The new due date must be after the current one");
		}
		String reason = check.requiredText("reason", request.reason(), "The reason for the extension", TEXT_MAX);
		check.throwIfInvalid();
		Instant now = now();
		assignment.requestExtension(TaskerDueDates.endOf(date), reason);
		tasker.touch(now);
		record(tasker, actor, "EXTENSION_REQUESTED", assignment.getStatus(), assignment.getStatus(),
				assignment.getId(), "until " + date + ": " + reason, now);
		return saved(tasker, actor, List.of("extensionReason"), "extension requested");
	}

	// --- jobs ---------------------------------------------------------------------------------------------------------

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
			history.save(new TaskerHistoryEntry(tasker.getId(), now, Actor.SYSTEM.username(), null, "OVERDUE",
					tasker.getStatus().name(), tasker.getStatus().name(), null, null));
			events.publishEvent(new TaskerOverdue(tasker.getId(), tasker.getAssigningComponent(), open,
					tasker.getDueAt(), now));
			flagged++;
		}
		return flagged;
	}

	// --- internals ----------------------------------------------------------------------------------------------------

	private void applyTemplate(Tasker tasker, Actor actor, UUID templateId, Instant now) {
		List<RoutingStep> steps = templates.stepsOf(templateId);
		InputCheck check = new InputCheck();
		for (RoutingStep step : steps) {
			for (AssignmentTarget target : step.assignees()) {
				if (tasker.currentAssignments().stream().anyMatch(a -> a.target().equals(target))) {
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
				record(tasker, actor, "ASSIGNED", null, AssignmentStatus.WAITING, assignment.getId(),
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
			record(tasker, actor, "ASSIGNED", null, AssignmentStatus.WAITING, assignment.getId(),
					assignment.describe(), now);
		}
		if (!wholeDepartment.isEmpty()) {
			for (String component : wholeDepartment) {
				tasker.addAssignment(stage, new AssignmentTarget(component, null, null), null, true);
			}
			// ESTT: one line for the Department-wide assignment, not one per component.
			record(tasker, actor, DEPARTMENT_ASSIGNED, null, AssignmentStatus.WAITING, null,
					departmentNote(wholeDepartment), now);
		}
		assigned(tasker, actor, from, null, now);
	}

	/**
	 * The components a Department-wide assignment adds: those of {@link DepartmentComponents} not already assigned as
	 * a whole, on the tasker or in the same request.
	 */
	private List<String> departmentFor(Tasker tasker, List<AssignmentTarget> alsoRequested) {
		java.util.Set<String> assignedAsWhole = new java.util.HashSet<>();
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

	private static String departmentNote(List<String> components) {
		return "Whole Department: " + components.size() + " components (" + String.join(", ", components) + ")";
	}

	private void assigned(Tasker tasker, Actor actor, TaskerStatus from, @Nullable String note, Instant now) {
		if (from != tasker.getStatus()) {
			record(tasker, actor, "STATUS", from, tasker.getStatus(), null, note, now);
		}
		if (tasker.getCorrespondenceId() != null) {
			correspondence.taskerAssigned(tasker.getCorrespondenceId());
		}
		activate(tasker, actor, now);
		taskers.saveAndFlush(tasker);
		audit.record(new AuditEvent(AuditAction.UPDATE, Tasker.RECORD_TYPE, tasker.getId().toString(),
				tasker.getAssigningComponent(), List.of("assignments"), PURPOSE, "assigned"));
	}

	/** Activates the assignments whose step is due now, recording and announcing each ({@link TaskerAssigned}). */
	private void activate(Tasker tasker, Actor actor, Instant now) {
		List<String> departmentWide = new ArrayList<>();
		for (Assignment assignment : tasker.activateReady()) {
			if (assignment.isDepartmentWide()) {
				departmentWide.add(assignment.getComponent());
			}
			else {
				record(tasker, actor, "ACTIVATED", AssignmentStatus.WAITING, AssignmentStatus.ACTIVE,
						assignment.getId(), assignment.describe(), now);
			}
			events.publishEvent(new TaskerAssigned(tasker.getId(), assignment.getId(), tasker.getAssigningComponent(),
					assignment.getComponent(), assignment.getUsername(), assignment.getDueAt(), now));
		}
		if (!departmentWide.isEmpty()) {
			record(tasker, actor, "ACTIVATED", AssignmentStatus.WAITING, AssignmentStatus.ACTIVE, null,
					departmentNote(departmentWide), now);
		}
	}

	private TaskerView changed(Tasker tasker, Actor actor, String action, TaskerStatus from, List<String> fields,
			@Nullable String note, Instant now) {
		record(tasker, actor, action, from, tasker.getStatus(), null, note, now);
		taskers.saveAndFlush(tasker);
		audit.record(new AuditEvent(AuditAction.UPDATE, Tasker.RECORD_TYPE, tasker.getId().toString(),
				tasker.getAssigningComponent(), fields, PURPOSE, action.toLowerCase(java.util.Locale.ROOT)));
		return release(tasker, actor);
	}

	private void trackClosed(Tasker tasker, Instant now) {
		retention.track(Tasker.RECORD_TYPE, tasker.getId().toString(), "GRS_4_1_010",
				new RetentionFacts(tasker.getCreatedAt(), now, now, null));
	}

	private void record(Tasker tasker, Actor actor, String action, @Nullable Enum<?> from, @Nullable Enum<?> to,
			@Nullable UUID assignmentId, @Nullable String note, Instant now) {
		history.save(new TaskerHistoryEntry(tasker.getId(), now, actor.username(), actor.component(), action,
				from == null ? null : from.name(), to == null ? null : to.name(), assignmentId, note));
	}

	private Tasker lock(UUID id) {
		return taskers.findForUpdate(id).orElseThrow(() -> notFound(id));
	}

	/** The caller, if they may see the tasker; otherwise the refusal is audited and reported as not found. */
	private Actor visible(Tasker tasker) {
		try {
			return access.check(Operation.READ, tasker.facts());
		}
		catch (AccessDeniedException ex) {
			throw notFound(tasker.getId());
		}
	}

	/** The caller, if they are the assigning office (and the version given, if any, is current). */
	private Actor manage(Tasker tasker, @Nullable Long version) {
		visible(tasker);
		Actor actor = access.check(Operation.UPDATE, tasker.facts());
		if (version != null && version != tasker.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Tasker.class, tasker.getId());
		}
		return actor;
	}

	private Assignment assignment(Tasker tasker, UUID assignmentId, @Nullable Long version) {
		Assignment assignment = tasker.assignment(assignmentId)
			.orElseThrow(() -> new RecordNotFoundException(Assignment.RECORD_TYPE, assignmentId));
		if (version != null && version != assignment.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Assignment.class, assignmentId);
		}
		return assignment;
	}

	private void answerer(Tasker tasker, Assignment assignment, Actor actor) {
		if (!assignment.isAnsweredBy(actor)) {
			audit.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, Tasker.RECORD_TYPE,
					tasker.getId().toString(), tasker.getAssigningComponent(), List.of(), PURPOSE,
					"not the assignee of " + assignment.getId()));
			throw new AccessDeniedException("Only the assignee of this assignment may answer it or ask for more time");
		}
	}

	private static void requireAnswerable(Tasker tasker, Assignment assignment) {
		requireStatus(tasker, "status", "answered", TaskerStatus.ASSIGNED);
		if (assignment.getStatus() == AssignmentStatus.WAITING) {
			throw InvalidInputException.of("assignmentId", "This assignment waits for an earlier routing step");
		}
		if (assignment.getStatus() != AssignmentStatus.ACTIVE) {
			throw InvalidInputException.of("assignmentId", "This assignment was already answered or reassigned");
		}
	}

	/** The name to keep: without the uploader's folders or control characters, at most 255 characters. */
	private static String fileName(String raw) {
		String name = raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "draft-response";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	private static void requireStatus(Tasker tasker, String field, String verb, TaskerStatus... allowed) {
		for (TaskerStatus status : allowed) {
			if (tasker.getStatus() == status) {
				return;
			}
		}
		throw InvalidInputException.of(field, "A tasker that is " + tasker.getStatus().name().toLowerCase(java.util.Locale.ROOT)
				+ " cannot be " + verb);
	}

	/** Saves a changed tasker, audits the change (field names and a note, no values) and releases the view. */
	private TaskerView saved(Tasker tasker, Actor actor, List<String> fields, String details) {
		taskers.saveAndFlush(tasker);
		audit.record(new AuditEvent(AuditAction.UPDATE, Tasker.RECORD_TYPE, tasker.getId().toString(),
				tasker.getAssigningComponent(), fields, PURPOSE, details));
		return release(tasker, actor);
	}

	private TaskerView release(Tasker tasker, Actor actor) {
		return guard.release(view(tasker, actor, now(), attachments.summariesOf(tasker.getId())), tasker.facts(),
				PURPOSE);
	}

	private static TaskerView view(Tasker t, Actor actor, Instant now, List<TaskerAttachmentSummary> files) {
		boolean answering = t.getStatus() == TaskerStatus.ASSIGNED;
		List<AssignmentView> assignments = t.getAssignments().stream()
			.map(a -> new AssignmentView(a.getId(), a.getStage(), a.getComponent(), a.getOffice(), a.getUsername(),
					a.getStatus(), a.getDueAt(), a.getAnswerKind(), a.getAnswerText(), a.getAnsweredBy(),
					a.getAnsweredAt(), a.getExtensionRequestedUntil(), a.getExtensionReason(), a.getExtensionStatus(),
					a.getReplacesId(), answering && a.getStatus() == AssignmentStatus.ACTIVE && a.isAnsweredBy(actor),
					a.isDepartmentWide(), a.getAnswerAttachmentId(), a.getVersion()))
			.toList();
		return new TaskerView(t.getId(), t.getCorrespondenceId(), t.getSubject(), t.getInstructions(),
				t.getAssigningComponent(), t.getCreatedBy(), t.getStatus(), t.getBusinessDays(), t.getCreatedAt(),
				t.getAssignedAt(), t.getDueAt(), t.getStatus().isOpen() && TaskerDueDates.isOverdue(t.getDueAt(), now),
				t.getCompiledResponse(), t.getCompiledBy(), t.getCompiledAt(), t.getClearedBy(), t.getClearedAt(),
				t.getDispatchedBy(), t.getDispatchedAt(), t.getClosedAt(), t.getCancelReason(), assignments,
				files, TaskerAccessRules.isAssigningOffice(actor, t.facts()), t.getVersion(), java.util.Set.of());
	}

	private static TaskerSummary summary(Tasker t, Instant now) {
		List<Assignment> current = t.currentAssignments();
		return new TaskerSummary(t.getId(), t.getSubject(), t.getAssigningComponent(), t.getStatus(), t.getDueAt(),
				t.getStatus().isOpen() && TaskerDueDates.isOverdue(t.getDueAt(), now),
				current.stream().map(Assignment::getComponent).distinct().toList(),
				(int) current.stream().filter(Assignment::isOpen).count(), t.getVersion(), java.util.Set.of());
	}

	private static @Nullable String optionalNote(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String note = text.strip();
		return note.length() > TEXT_MAX ? note.substring(0, TEXT_MAX) : note;
	}

	private static RecordNotFoundException notFound(UUID id) {
		return new RecordNotFoundException(Tasker.RECORD_TYPE, id);
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}
}
