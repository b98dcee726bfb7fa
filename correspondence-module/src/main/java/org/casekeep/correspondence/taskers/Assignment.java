package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
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

	/**
	 * Where one assignment of a tasker stands. {@code WAITING} for an earlier sequential step of its routing,
	 * {@code ACTIVE} (the assignee may answer), {@code ANSWERED}, or {@code REASSIGNED} to somebody else (kept for the
	 * history, no longer counted). {@link #next()} is the one statement of the moves; the {@link Assignment} refuses
	 * every other.
	 */
	public enum Status {
		WAITING("Waiting for an earlier step"), ACTIVE("Active"), ANSWERED("Answered"), REASSIGNED("Reassigned");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/** The status as the office reads it on every page. */
		public String getLabel() {
			return label;
		}

		/** The statuses an assignment in this status may move to. */
		public Set<Status> next() {
			return switch (this) {
				case WAITING -> EnumSet.of(ACTIVE, REASSIGNED);
				case ACTIVE -> EnumSet.of(ANSWERED, REASSIGNED);
				case ANSWERED, REASSIGNED -> EnumSet.noneOf(Status.class);
			};
		}

		/** Not answered or reassigned yet. */
		public boolean isOpen() {
			return this == WAITING || this == ACTIVE;
		}
	}

	/** How an assignee answers a tasker (PIA "Review &amp; Analysis"; IQ, ESTT). */
	public enum AnswerKind {
		/** Comments or edits, as text. */
		COMMENTS("Comments or edits"),
		/** Concurrence; a note is optional. */
		CONCUR("Concur"),
		/** Non-concurrence; the reason is required. */
		NON_CONCUR("Non-concur"),
		/** A draft of the official response, written in place. */
		DRAFT_RESPONSE("Draft response");

		private final String label;

		AnswerKind(String label) {
			this.label = label;
		}

		/** The kind of answer as the office reads it on every page. */
		public String getLabel() {
			return label;
		}
	}

	/**
	 * The state of an assignee's request for more time: {@code REQUESTED}, then {@code APPROVED} or {@code REFUSED} by
	 * the assigning office. An assignee may ask again, decided or not.
	 */
	public enum ExtensionStatus {
		REQUESTED("requested"), APPROVED("approved"), REFUSED("refused");

		private final String label;

		ExtensionStatus(String label) {
			this.label = label;
		}

		/** The state as a sentence on the page reads it ("Extension requested"). */
		public String getLabel() {
			return label;
		}

		/** The states a request in this state may move to. */
		public Set<ExtensionStatus> next() {
			return switch (this) {
				case REQUESTED -> EnumSet.of(REQUESTED, APPROVED, REFUSED);
				case APPROVED, REFUSED -> EnumSet.of(REQUESTED);
			};
		}
	}

	@Id
	private UUID id;
	private int position;
	/** Activation stage: all assignments of the lowest stage with an open assignment are active. */
	private int stage;
	private String component;
	private @Nullable String office;
	private @Nullable String username;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant dueAt;
	@Enumerated(EnumType.STRING)
	private @Nullable AnswerKind answerKind;
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
	private @Nullable ExtensionStatus extensionStatus;
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
		this.status = Status.WAITING;
		this.dueAt = dueAt;
		this.replacesId = replacesId;
	}

	UUID getId() { return id; }
	int getPosition() { return position; }
	int getStage() { return stage; }
	String getComponent() { return component; }
	@Nullable String getOffice() { return office; }
	@Nullable String getUsername() { return username; }
	Status getStatus() { return status; }
	Instant getDueAt() { return dueAt; }
	@Nullable AnswerKind getAnswerKind() { return answerKind; }
	@Nullable String getAnswerText() { return answerText; }
	@Nullable String getAnsweredBy() { return answeredBy; }
	@Nullable Instant getAnsweredAt() { return answeredAt; }
	@Nullable Instant getExtensionRequestedUntil() { return extensionRequestedUntil; }
	@Nullable String getExtensionReason() { return extensionReason; }
	@Nullable ExtensionStatus getExtensionStatus() { return extensionStatus; }
	@Nullable UUID getReplacesId() { return replacesId; }
	boolean isDepartmentWide() { return departmentWide; }
	@Nullable UUID getAnswerAttachmentId() { return answerAttachmentId; }
	long getVersion() { return version; }

	AssignmentTarget target() {
		return new AssignmentTarget(component, office, username);
	}

	/** Still part of the routing (not replaced by a reassignment). */
	boolean isCurrent() {
		return status != Status.REASSIGNED;
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
		moveTo(Status.ACTIVE, "Only an assignment waiting for its step can become active");
	}

	/**
	 * Refuses an answer unless the assignment is active.
	 *
	 * @throws InvalidInputException naming {@code assignmentId} while it waits for an earlier routing step or once it
	 * was answered or reassigned.
	 */
	void requireAnswerable() {
		if (status == Status.WAITING) {
			throw InvalidInputException.of("assignmentId", "This assignment waits for an earlier routing step");
		}
		if (!status.next().contains(Status.ANSWERED)) {
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
	void answerWithFile(AnswerKind kind, @Nullable String note, UUID attachmentId, String by, Instant at) {
		answer(kind, note, by, at);
		this.answerAttachmentId = attachmentId;
	}

	/** @throws InvalidInputException naming {@code assignmentId} unless the assignment is active. */
	void answer(AnswerKind kind, @Nullable String text, String by, Instant at) {
		requireAnswerable();
		moveTo(Status.ANSWERED, "This assignment was already answered or reassigned");
		this.answerKind = kind;
		this.answerText = text;
		this.answeredBy = by;
		this.answeredAt = at;
	}

	/** Replaced by a reassignment; kept for the history. */
	void supersede() {
		moveTo(Status.REASSIGNED, "Only an assignment not answered yet can be reassigned");
	}

	/** @throws InvalidInputException naming {@code assignmentId} once the assignment was answered or reassigned. */
	void requestExtension(Instant until, String reason) {
		requireOpen("extended");
		this.extensionStatus = ExtensionStatus.REQUESTED;
		this.extensionRequestedUntil = until;
		this.extensionReason = reason;
	}

	/**
	 * The assigning office gives more time on its own (FEMA ACT, ESTT: due dates are extended by the tasking office).
	 *
	 * @throws InvalidInputException naming {@code assignmentId} once the assignment was answered or reassigned.
	 */
	void extendTo(Instant until) {
		requireOpen("extended");
		this.dueAt = until;
	}

	/** Whether a request for more time waits for the assigning office's decision. */
	boolean awaitsExtensionDecision() {
		return extensionStatus != null && extensionStatus.next().contains(ExtensionStatus.APPROVED);
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
		this.extensionStatus = approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
		if (approved && extensionRequestedUntil != null) {
			this.dueAt = extensionRequestedUntil;
		}
	}

	/** The one place the status moves: refused, and the assignment left as it was, unless the status allows it. */
	private void moveTo(Status next, String refusal) {
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
