package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.correspondence.office.DepartmentComponents;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.routing.AssignmentTarget;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One assignee's part of a {@link Tasker}: a whole component, an office within a component, or a named subject matter
 * expert (username and component). Has its own version, so two assignees answering their own assignments at the
 * same moment never collide, while a stale answer to the same assignment is refused.
 */
@Entity
@Table(schema = "correspondence", name = "tasker_assignment")
@PersonalDataRecord(type = Assignment.RECORD_TYPE, partOf = Tasker.RECORD_TYPE,
		legalBasis = "6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA, Review & Analysis (answers of action offices)")
class Assignment {

	static final String RECORD_TYPE = "correspondence.tasker-assignment";

	@Id
	private UUID id;
	private int position;
	/** Activation stage: all assignments of the lowest stage with an open assignment are active. */
	private int stage;
	private String component;
	private @Nullable String office;
	private @Nullable String username;
	@Enumerated(EnumType.STRING)
	private AssignmentStatus status;
	private Instant dueAt;
	@Enumerated(EnumType.STRING)
	private @Nullable AssignmentAnswerKind answerKind;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "An assignee's comments, reason for non-concurrence or draft response")
	private @Nullable String answerText;
	private @Nullable String answeredBy;
	private @Nullable Instant answeredAt;
	private @Nullable Instant extensionRequestedUntil;
	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Why an assignee asked for more time")
	private @Nullable String extensionReason;
	@Enumerated(EnumType.STRING)
	private @Nullable AssignmentExtensionStatus extensionStatus;
	private @Nullable UUID replacesId;
	/** Part of a Department-wide assignment ({@link DepartmentComponents}): shown and recorded as one. */
	private boolean departmentWide;
	/** The uploaded file of an answer given as a file (a draft response, {@code drafts}). */
	private @Nullable UUID answerAttachmentId;
	@Version
	private long version;

	protected Assignment() {
	}

	Assignment(int position, int stage, AssignmentTarget target, Instant dueAt, @Nullable UUID replacesId,
			boolean departmentWide) {
		this.departmentWide = departmentWide;
		this.id = UUID.randomUUID();
		this.position = position;
		this.stage = stage;
		this.component = target.component();
		this.office = target.office();
		this.username = target.username();
		this.status = AssignmentStatus.WAITING;
		this.dueAt = dueAt;
		this.replacesId = replacesId;
	}

	UUID getId() { return id; }
	int getPosition() { return position; }
	int getStage() { return stage; }
	String getComponent() { return component; }
	@Nullable String getOffice() { return office; }
	@Nullable String getUsername() { return username; }
	AssignmentStatus getStatus() { return status; }
	Instant getDueAt() { return dueAt; }
	@Nullable AssignmentAnswerKind getAnswerKind() { return answerKind; }
	@Nullable String getAnswerText() { return answerText; }
	@Nullable String getAnsweredBy() { return answeredBy; }
	@Nullable Instant getAnsweredAt() { return answeredAt; }
	@Nullable Instant getExtensionRequestedUntil() { return extensionRequestedUntil; }
	@Nullable String getExtensionReason() { return extensionReason; }
	@Nullable AssignmentExtensionStatus getExtensionStatus() { return extensionStatus; }
	@Nullable UUID getReplacesId() { return replacesId; }
	boolean isDepartmentWide() { return departmentWide; }
	@Nullable UUID getAnswerAttachmentId() { return answerAttachmentId; }
	long getVersion() { return version; }

	AssignmentTarget target() {
		return new AssignmentTarget(component, office, username);
	}

	/** Still part of the routing (not replaced by a reassignment). */
	boolean isCurrent() {
		return status != AssignmentStatus.REASSIGNED;
	}

	boolean isOpen() {
		return status.isOpen();
	}

	/**
	 * Whether the actor answers for this assignment: the named subject matter expert, or for a component or office
	 * assignment an action officer of that component.
	 */
	boolean isAnsweredBy(Actor actor) {
		if (username != null) {
			return username.equals(actor.username());
		}
		return actor.hasRole(OfficeRoles.ACTION_OFFICER) && actor.belongsTo(component);
	}

	/** Its step is due: the assignee may answer now. */
	void activate() {
		moveTo(AssignmentStatus.ACTIVE, "Only an assignment waiting for its step can become active");
	}

	/**
	 * Refuses an answer unless the assignment is active.
	 *
	 * @throws InvalidInputException naming {@code assignmentId} while it waits for an earlier routing step or once it
	 * was answered or reassigned.
	 */
	void requireAnswerable() {
		if (status == AssignmentStatus.WAITING) {
			throw InvalidInputException.of("assignmentId", "This assignment waits for an earlier routing step");
		}
		if (!status.next().contains(AssignmentStatus.ANSWERED)) {
			throw InvalidInputException.of("assignmentId", "This assignment was already answered or reassigned");
		}
	}

	/**
	 * Refuses a change that needs the assignment still open (reassigning, asking for more time).
	 *
	 * @param verb what the change is called in the refusal: "reassigned", "extended".
	 */
	void requireOpen(String verb) {
		if (!isOpen()) {
			throw InvalidInputException.of("assignmentId", "Only an assignment not answered yet can be " + verb);
		}
	}

	/** Answers with a file uploaded as the draft response, and an optional note. */
	void answerWithFile(AssignmentAnswerKind kind, @Nullable String note, UUID attachmentId, String by, Instant at) {
		answer(kind, note, by, at);
		this.answerAttachmentId = attachmentId;
	}

	/** @throws InvalidInputException naming {@code assignmentId} unless the assignment is active. */
	void answer(AssignmentAnswerKind kind, @Nullable String text, String by, Instant at) {
		requireAnswerable();
		moveTo(AssignmentStatus.ANSWERED, "This assignment was already answered or reassigned");
		this.answerKind = kind;
		this.answerText = text;
		this.answeredBy = by;
		this.answeredAt = at;
	}

	/** Replaced by a reassignment; kept for the history. */
	void supersede() {
		moveTo(AssignmentStatus.REASSIGNED, "Only an assignment not answered yet can be reassigned");
	}

	/** @throws InvalidInputException naming {@code assignmentId} once the assignment was answered or reassigned. */
	void requestExtension(Instant until, String reason) {
		requireOpen("extended");
		this.extensionStatus = AssignmentExtensionStatus.REQUESTED;
		this.extensionRequestedUntil = until;
		this.extensionReason = reason;
	}

	/** Whether a request for more time waits for the assigning office's decision. */
	boolean awaitsExtensionDecision() {
		return extensionStatus != null && extensionStatus.next().contains(AssignmentExtensionStatus.APPROVED);
	}

	/**
	 * The assigning office's decision on the request for more time; an approval moves the due date.
	 *
	 * @throws InvalidInputException naming {@code assignmentId} when no request waits for a decision.
	 */
	void decideExtension(boolean approved) {
		if (!awaitsExtensionDecision()) {
			throw InvalidInputException.of("assignmentId", "No extension request is waiting for a decision");
		}
		this.extensionStatus = approved ? AssignmentExtensionStatus.APPROVED : AssignmentExtensionStatus.REFUSED;
		if (approved && extensionRequestedUntil != null) {
			this.dueAt = extensionRequestedUntil;
		}
	}

	/** The one place the status moves: refused, and the assignment left as it was, unless the status allows it. */
	private void moveTo(AssignmentStatus next, String refusal) {
		if (!status.next().contains(next)) {
			throw InvalidInputException.of("assignmentId", refusal);
		}
		this.status = next;
	}

	/** For history entries: who the assignment is for, without any free text. */
	String describe() {
		return target().describe();
	}
}
