package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.correspondence.drafts.DraftResponses;
import org.casekeep.correspondence.files.AttachmentRejected;
import org.casekeep.correspondence.files.AttachmentText;
import org.casekeep.correspondence.files.AttachmentUpload;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The assignees' side of a tasker (PIA "Review &amp; Analysis"; IQ, ESTT): answers written in place or uploaded as a
 * draft response, requests for more time, and the assigning office's decision on them. Only the assignee of an
 * assignment answers it (the named expert, or an action officer of the assigned component); the assignment's version
 * is required, so a stale answer is a conflict and no answer is lost. When a step is fully answered, the next
 * sequential step becomes active.
 */
@Service
class TaskerAnswers {

	/**
	 * An assignee's answer.
	 *
	 * @param kind required.
	 * @param text comments, the reason of a non-concurrence or the draft response; required except for a concurrence.
	 * @param version the assignment version answered, required so that no answer is lost.
	 */
	public record Answer(Assignment.@Nullable AnswerKind kind, @Nullable String text, @Nullable Long version) {
	}

	/**
	 * An assignee asking for more time: the new due day (its end, in the office's zone) and why.
	 * {@code version} is the assignment's version.
	 */
	public record ExtensionRequest(@Nullable LocalDate dueDate, @Nullable String reason, @Nullable Long version) {
	}

	/** The assigning office extends an assignment's due date on its own: the new day and the reason. */
	public record Extension(@Nullable LocalDate dueDate, @Nullable String reason, @Nullable Long version) {
	}

	/** The assigning office's decision on an extension request; {@code note} is optional. */
	public record ExtensionDecision(@Nullable Boolean approve, @Nullable String note, @Nullable Long version) {
	}

	private final TaskerChanges changes;
	private final Taskers taskers;
	private final DraftResponses drafts;
	private final AttachmentText attachmentText;
	private final AuditTrail audit;
	private final TransactionOperations transactions;
	private final SpiiDetector detector = new SpiiDetector();

	TaskerAnswers(TaskerChanges changes, Taskers taskers, DraftResponses drafts, AttachmentText attachmentText,
			AuditTrail audit, TransactionOperations transactions) {
		this.changes = changes;
		this.taskers = taskers;
		this.drafts = drafts;
		this.attachmentText = attachmentText;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** Answers an active assignment in place: comments, concurrence, non-concurrence or a draft response. */
	@Transactional
	public TaskerView answer(UUID id, UUID assignmentId, Answer draft) {
		Answering answering = answering(id, assignmentId, draft.version());
		Tasker tasker = answering.tasker();
		Actor actor = answering.actor();
		Assignment assignment = answering.assignment();
		InputCheck check = new InputCheck();
		Assignment.AnswerKind kind = draft.kind();
		if (kind == null) {
			check.reject("kind", "Choose comments, concur, non-concur or draft response");
		}
		String text = check.text("text", draft.text(), "The answer", TaskerChanges.TEXT_MAX);
		if (kind != null && kind != Assignment.AnswerKind.CONCUR && text == null) {
			check.reject("text", switch (kind) {
				case NON_CONCUR -> "A reason is required to non-concur";
				case DRAFT_RESPONSE -> "The draft response is required";
				default -> "Comments are required";
			});
		}
		refuseSpii(check, "text", text, "The answer");
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		assignment.answer(kind, text, actor.username(), now);
		changes.record(tasker, actor, "ANSWERED_" + kind.name(), Assignment.Status.ACTIVE, Assignment.Status.ANSWERED,
				assignment.getId(), assignment.describe(), now);
		changes.activate(tasker, actor, now);
		tasker.touch(now);
		taskers.saveAndFlush(tasker);
		changes.audit(tasker, AuditAction.UPDATE, List.of("answerText"), "answered " + kind.name());
		return changes.release(tasker, actor);
	}

	/**
	 * Answers an active assignment with an uploaded draft official response: a PDF or Word document with the same
	 * size and type checks as intake (413, 415), its text extracted and scanned for SPII. A file with SPII, or whose
	 * text cannot be read (and so cannot be checked), is refused naming the field {@code file} and the kinds found,
	 * never the values, and nothing is stored (PIA 3.4: SPII does not enter the draft-response record). Otherwise the
	 * file is kept as an attachment of the tasker, seen by exactly those who see the tasker (PIA "Review &amp;
	 * Analysis": responses "uploaded directly into the tracking tool").
	 *
	 * @param draft the kind ({@code DRAFT_RESPONSE} or left out), an optional note as text, and the version.
	 * @param file the upload; {@literal null} is refused naming {@code file}.
	 * @throws AttachmentRejected for a file larger than 20 MB (413), not a PDF or Word document (415) or hostile (422).
	 */
	public TaskerView answerWithFile(UUID id, UUID assignmentId, Answer draft,
			@Nullable AttachmentUpload file) {
		// Who may answer, and the fields, first, in a short transaction of their own; then the file, read with no
		// transaction (and so no pool connection) held; then the answer, checked again, in the transaction that stores it.
		transactions.executeWithoutResult(status -> fileAnswering(id, assignmentId, draft, file));
		String fileName = fileName(file.fileName());
		AttachmentText.Checked checked = attachmentText.checkDocument(new AttachmentUpload(fileName, file.content()));
		if (!checked.readable()) {
			throw InvalidInputException.of("file", "No text could be read from the file '" + fileName + "', so it "
					+ "cannot be checked for sensitive PII; upload a Word document or a PDF with text, not a scan.");
		}
		String kinds = spiiKinds(checked.text());
		if (kinds != null) {
			throw InvalidInputException.of("file", "The file '" + fileName + "' contains sensitive PII ("
					+ kinds + "). Remove it from the draft and upload it again; nothing was stored.");
		}
		return transactions.execute(status -> storeFileAnswer(id, assignmentId, draft, checked));
	}

	/** The assignment being answered with a file, and the assignee's note. */
	private record FileAnswering(Answering answering, @Nullable String note) {
	}

	private FileAnswering fileAnswering(UUID id, UUID assignmentId, Answer draft, @Nullable AttachmentUpload file) {
		Answering answering = answering(id, assignmentId, draft.version());
		InputCheck check = new InputCheck();
		if (draft.kind() != null && draft.kind() != Assignment.AnswerKind.DRAFT_RESPONSE) {
			check.reject("kind", "Only a draft response can be uploaded as a file; write other answers in place");
		}
		String note = check.text("text", draft.text(), "The note", TaskerChanges.TEXT_MAX);
		refuseSpii(check, "text", note, "The note");
		if (file == null) {
			check.reject("file", "Choose the file of your draft response (PDF or Word)");
		}
		check.throwIfInvalid();
		return new FileAnswering(answering, note);
	}

	private TaskerView storeFileAnswer(UUID id, UUID assignmentId, Answer draft, AttachmentText.Checked checked) {
		FileAnswering fileAnswering = fileAnswering(id, assignmentId, draft, checked.upload());
		Answering answering = fileAnswering.answering();
		Tasker tasker = answering.tasker();
		Actor actor = answering.actor();
		Assignment assignment = answering.assignment();
		String note = fileAnswering.note();
		String fileName = checked.fileName();
		Instant now = TaskerChanges.now();
		UUID stored = drafts.store(tasker.getId(), assignment.getId(), fileName, checked.mediaType(), checked.content(),
				checked.text(), actor.username(), now);
		assignment.answerWithFile(Assignment.AnswerKind.DRAFT_RESPONSE, note, stored, actor.username(), now);
		changes.record(tasker, actor, "ANSWERED_" + Assignment.AnswerKind.DRAFT_RESPONSE.name(),
				Assignment.Status.ACTIVE, Assignment.Status.ANSWERED, assignment.getId(),
				assignment.describe() + " (uploaded file)", now);
		changes.activate(tasker, actor, now);
		tasker.touch(now);
		taskers.saveAndFlush(tasker);
		audit.record(new AuditEvent(AuditAction.CREATE, DraftResponses.RECORD_TYPE, stored.toString(),
				tasker.getAssigningComponent(), List.of("fileName", "content", "extractedText"), TaskerChanges.PURPOSE,
				"draft response uploaded to tasker " + id));
		changes.audit(tasker, AuditAction.UPDATE, List.of("answerText", "answerAttachmentId"),
				"answered DRAFT_RESPONSE with a file");
		return changes.release(tasker, actor);
	}

	/** An assignee asks for more time: a later due day and the reason, decided by the assigning office. */
	@Transactional
	public TaskerView requestExtension(UUID id, UUID assignmentId, ExtensionRequest request) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.visible(tasker);
		Assignment assignment = changes.assignment(tasker, assignmentId, request.version());
		changes.answerer(tasker, assignment, actor);
		tasker.requireAnswering("extended");
		assignment.requireOpen("extended");
		InputCheck check = new InputCheck();
		LocalDate date = laterDueDate(check, request.dueDate(), assignment);
		String reason = check.requiredText("reason", request.reason(), "The reason for the extension",
				TaskerChanges.TEXT_MAX);
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		assignment.requestExtension(TaskerDueDates.endOf(date), reason);
		tasker.touch(now);
		changes.record(tasker, actor, "EXTENSION_REQUESTED", assignment.getStatus(), assignment.getStatus(),
				assignment.getId(), "until " + date + ": " + reason, now);
		return changes.saved(tasker, actor, List.of("extensionReason"), "extension requested");
	}

	/**
	 * The assigning office gives an open assignment more time without a request: a later due day and the reason; the
	 * tasker's due date moves with it when it is later.
	 */
	@Transactional
	public TaskerView extend(UUID id, UUID assignmentId, Extension extension) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, null);
		Assignment assignment = changes.assignment(tasker, assignmentId, extension.version());
		tasker.requireAnswering("extended");
		assignment.requireOpen("extended");
		InputCheck check = new InputCheck();
		LocalDate date = laterDueDate(check, extension.dueDate(), assignment);
		String reason = check.requiredText("reason", extension.reason(), "The reason for the extension",
				TaskerChanges.TEXT_MAX);
		refuseSpii(check, "reason", reason, "The reason");
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		assignment.extendTo(TaskerDueDates.endOf(date));
		tasker.extendTo(assignment.getDueAt(), now);
		changes.record(tasker, actor, "EXTENDED", assignment.getStatus(), assignment.getStatus(), assignment.getId(),
				"until " + date + ": " + reason, now);
		return changes.saved(tasker, actor, List.of("dueAt"), "extended by the assigning office");
	}

	private static LocalDate laterDueDate(InputCheck check, @Nullable LocalDate date, Assignment assignment) {
		if (date == null) {
			check.reject("dueDate", "The new due date is required");
		}
		else if (!date.isAfter(TaskerDueDates.localDate(assignment.getDueAt()))) {
			check.reject("dueDate", "The new due date must be after the current one");
		}
		return date;
	}

	/** Approves or refuses an assignee's request for more time; an approval may move the tasker's due date. */
	@Transactional
	public TaskerView decideExtension(UUID id, UUID assignmentId, ExtensionDecision decision) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.manage(tasker, null);
		Assignment assignment = changes.assignment(tasker, assignmentId, decision.version());
		if (!assignment.awaitsExtensionDecision()) {
			throw InvalidInputException.of("assignmentId", "No extension request is waiting for a decision");
		}
		if (decision.approve() == null) {
			throw InvalidInputException.of("approve", "Approve or refuse the request");
		}
		InputCheck check = new InputCheck();
		String note = check.text("note", decision.note(), "The note", TaskerChanges.TEXT_MAX);
		check.throwIfInvalid();
		Instant now = TaskerChanges.now();
		assignment.decideExtension(decision.approve());
		if (decision.approve()) {
			tasker.extendTo(assignment.getDueAt(), now);
		}
		tasker.touch(now);
		changes.record(tasker, actor, decision.approve() ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
				assignment.getStatus(), assignment.getStatus(), assignment.getId(), note, now);
		return changes.saved(tasker, actor, List.of("dueAt"), "extension decided");
	}

	/** A tasker locked for an answer, who answers and the assignment answered. */
	private record Answering(Tasker tasker, Actor actor, Assignment assignment) {
	}

	/**
	 * Locks the tasker and checks that the caller may answer this assignment now: they see the tasker, are its
	 * assignee, the version they answer is given and current, and the assignment is open for an answer.
	 */
	private Answering answering(UUID id, UUID assignmentId, @Nullable Long version) {
		Tasker tasker = changes.lock(id);
		Actor actor = changes.visible(tasker);
		if (version == null) {
			throw InvalidInputException.of("version", "The version of the assignment you answer is required, so no "
					+ "answer is lost");
		}
		Assignment assignment = changes.assignment(tasker, assignmentId, version);
		changes.answerer(tasker, assignment, actor);
		tasker.requireAnswering("answered");
		assignment.requireAnswerable();
		return new Answering(tasker, actor, assignment);
	}

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
			.collect(Collectors.joining(", "));
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
}
